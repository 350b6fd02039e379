using AmbonCC.City;
using AmbonCC.Silo.Hosting;
using AmbonCC.Silo.Seed;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.TaxTerminals;

/// <summary>
/// Gives the demo city's outlets eight weeks of compact hourly history and registers their taxpayers, so that
/// baselines and peer comparisons work at once. Runs in the background after the silo started: the first page
/// does not wait for it, and a terminal that already has history is skipped (a restart costs one call each).
/// </summary>
internal sealed class TaxHistorySeeder(IGrainFactory grains, IOptions<AmbonOptions> options, TimeProvider time, CityClock clock, IHostApplicationLifetime lifetime, ILogger<TaxHistorySeeder> logger)
    : BackgroundService
{
    public const int Weeks = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedDemoData)
        {
            return;
        }

        try
        {
            // Not before the host has started: the cold-start budget belongs to the first page, not to history.
            var hostStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStarted.Register(() => hostStarted.TrySetResult()))
            {
                await hostStarted.Task.WaitAsync(stoppingToken);
            }

            var started = time.GetTimestamp();
            var seeded = 0;
            var parallelism = options.Value.Profile == StorageProfile.Embedded ? 1 : 8;
            await Parallel.ForEachAsync(DemoCity.LoadDefault().Restaurants, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = stoppingToken },
                async (profile, _) =>
                {
                    await grains.GetGrain<ITaxpayerGrain>(profile.Npwpd).RegisterAsync(profile);
                    var (hours, last) = DemoHistory.For(profile, time.GetUtcNow(), Weeks, clock);
                    if (await grains.GetGrain<ITaxTerminalGrain>(profile.TerminalSerial).SeedHistoryAsync(hours, last))
                    {
                        Interlocked.Increment(ref seeded);
                    }
                });
            logger.LogInformation("Tax history: {Seeded} terminal(s) got {Weeks} weeks of hourly figures in {Elapsed:0.0} s", seeded, Weeks, time.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next start completes the seed (terminals with history are skipped).
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Tax history seed failed; the next start tries again");
        }
    }
}

/// <summary>Plausible hourly figures for a demo outlet: lunch and dinner peaks, a busier weekend, its own bill size.</summary>
internal static class DemoHistory
{
    public static (List<HourFigures> Hours, long LastReceiptNo) For(RestaurantProfile profile, DateTimeOffset now, int weeks, CityClock clock)
    {
        var random = new Random(StableSeed(profile.TerminalSerial));
        var bill = profile.Kind switch { RestaurantKind.Restoran => 145_000m, RestaurantKind.Kafe => 62_000m, _ => 48_000m } * (decimal)(0.8 + random.NextDouble() * 0.4);
        var hours = new List<HourFigures>();
        var receipts = 0L;
        var today = clock.DayOf(now);
        for (var day = today.AddDays(-7 * weeks); day < today; day = day.AddDays(1))
        {
            if (profile.HoursOn(day.DayOfWeek) is not { } open)
            {
                continue;
            }

            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.25 : 1.0;
            var closes = open.Closes > open.Opens ? open.Closes.Hour : 24;
            var weights = Enumerable.Range(open.Opens.Hour, Math.Max(0, closes - open.Opens.Hour)).Select(h => (Hour: h, Weight: Peak(h))).ToList();
            var total = weights.Sum(w => w.Weight);
            foreach (var (hour, weight) in weights)
            {
                var count = (int)Math.Round(profile.TypicalReceiptsPerDay * weekend * weight / total * (0.85 + random.NextDouble() * 0.3));
                if (count == 0)
                {
                    continue;
                }

                var turnover = decimal.Round(count * bill, 0);
                var voided = random.Next(20) == 0 ? decimal.Round(bill, 0) : 0m;
                hours.Add(new HourFigures(day.ToDateTime(new TimeOnly(hour, 0)), turnover - voided, decimal.Round((turnover - voided) / 10, 0), count, voided));
                receipts += count;
            }
        }

        return (hours, 1_000 + receipts);
    }

    private static double Peak(int hour) => hour switch
    {
        >= 11 and <= 13 => 3.0,
        >= 18 and <= 20 => 3.5,
        >= 7 and <= 21 => 1.0,
        _ => 0.4,
    };

    private static int StableSeed(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash;
    }
}
