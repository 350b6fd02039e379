using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;
using AmbonCC.Silo.Hosting;
using AmbonCC.Silo.Seed;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Complaints;

/// <summary>
/// The demo city's complaints: a few hundred across categories, kelurahan and OPDs, in every status, some past their
/// deadline (their clocks raise the overdue alarms). Runs once, into an empty index, after the silo started; in the
/// background, so that the first page does not wait for a few hundred complaints to be stored.
/// </summary>
internal sealed partial class ComplaintSeeder(
    IGrainFactory grains,
    IOptions<AmbonOptions> options,
    IOptions<ComplaintOptions> complaintOptions,
    ComplaintClock time,
    ILogger<ComplaintSeeder> logger) : BackgroundService
{
    public const int Count = 300;

    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SeedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed demo seed must not stop the host (a background service's exception would).
            logger.LogWarning(ex, "Demo complaints were not seeded completely.");
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData || !complaintOptions.Value.SeedDemo)
        {
            return;
        }

        var index = grains.GetGrain<IComplaintIndexGrain>(CityKeys.City);
        if ((await index.ListAsync(new ComplaintFilter(Limit: 1))).Total > 0)
        {
            return;
        }

        var imports = Build(DemoCity.LoadDefault(), time.GetUtcNow());
        var counter = grains.GetGrain<IComplaintCounterGrain>(TrackingIds.CounterKey(time.GetUtcNow()));
        foreach (var import in imports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = TrackingIds.Format(TrackingIds.CounterKey(time.GetUtcNow()), await counter.NextAsync());
            await grains.GetGrain<IComplaintGrain>(id).ImportAsync(import);
        }

        LogSeeded(imports.Count);
    }

    private static readonly string[] Texts =
    [
        "Sampah di TPS belum diangkut sudah seminggu, bau dan menumpuk sampai ke jalan.",
        "Jalan berlubang besar di depan sekolah, sudah ada pengendara motor yang jatuh.",
        "Saluran air tersumbat sampah, setiap hujan air meluap ke rumah warga.",
        "Air sudah masuk rumah warga di RT 03 setelah hujan deras sejak pagi.",
        "Lampu lalu lintas di persimpangan mati sejak kemarin malam, macet parah.",
        "Pedagang berjualan di trotoar sampai pejalan kaki harus turun ke jalan.",
        "Atap los pasar bocor, dagangan basah setiap hujan.",
        "Puskesmas tutup pada jam layanan, warga menunggu tanpa kepastian.",
        "Pengurusan KTP elektronik sudah tiga bulan belum selesai.",
        "Restoran tidak memberikan struk pajak kepada pembeli.",
        "Ada pohon tumbang menutup sebagian jalan dan belum dibersihkan.",
    ];

    /// <summary>Deterministic (fixed seed): the same city always gets the same complaints, dated back from now.</summary>
    internal static List<ComplaintImport> Build(DemoCity city, DateTimeOffset now)
    {
        var random = new Random(311);
        var channels = Enum.GetValues<ComplaintChannel>();
        var statuses = new (ComplaintStatus Status, int Weight)[]
        {
            (ComplaintStatus.Received, 12), (ComplaintStatus.Verified, 6), (ComplaintStatus.Postponed, 3),
            (ComplaintStatus.NotOurAuthority, 3), (ComplaintStatus.Archived, 3), (ComplaintStatus.Dispatched, 25),
            (ComplaintStatus.FollowedUp, 12), (ComplaintStatus.Responded, 10), (ComplaintStatus.Closed, 26),
        };
        var list = new List<ComplaintImport>(Count);
        for (var i = 0; i < Count; i++)
        {
            var categoryIndex = random.Next(ComplaintCategories.All.Length);
            var category = ComplaintCategories.All[categoryIndex];
            var kelurahan = city.Kelurahan[random.Next(city.Kelurahan.Length)];
            var status = Pick(random, statuses);
            // Recent ones are mostly still new; a few old ones are still waiting, and those are overdue.
            var age = TimeSpan.FromHours(status is ComplaintStatus.Received or ComplaintStatus.Dispatched
                ? random.Next(1, i % 7 == 0 ? 24 * 14 : 24 * 3) : random.Next(24, 24 * 40));
            var received = now - age;
            var since = received + (age * random.Next(10, 60) / 100);
            var anonymous = random.Next(10) == 0;
            var submission = new ComplaintSubmission(
                channels[random.Next(channels.Length)], category.Code,
                Texts[Math.Min(categoryIndex, Texts.Length - 1)] + $" (Kel. {kelurahan.Name})",
                new ComplaintLocation(
                    Math.Round(kelurahan.Latitude + ((random.NextDouble() - 0.5) * 0.006), 5),
                    Math.Round(kelurahan.Longitude + ((random.NextDouble() - 0.5) * 0.006), 5),
                    $"Kel. {kelurahan.Name}", kelurahan.Code),
                anonymous ? null : new ComplaintReporter(DemoNames.Person(random), DemoNames.MobileNumber(random), null),
                anonymous, random.Next(6) == 0, "ambon.go.id");
            var dispatched = status is ComplaintStatus.Dispatched or ComplaintStatus.FollowedUp or ComplaintStatus.Responded or ComplaintStatus.Closed;
            list.Add(new ComplaintImport(submission, received, status, since, dispatched ? category.DefaultOpd : null, "seed:demo", "data demo"));
        }

        return list;
    }

    private static ComplaintStatus Pick(Random random, (ComplaintStatus Status, int Weight)[] weights)
    {
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (status, weight) in weights)
        {
            if ((roll -= weight) < 0)
            {
                return status;
            }
        }

        return weights[^1].Status;
    }

    [LoggerMessage(LogLevel.Information, "Demo complaints seeded: {Count}.")]
    private partial void LogSeeded(int count);
}

/// <summary>The seed's generator, for tests of what the demo city gets.</summary>
internal static class ComplaintSeederAccess
{
    public static List<ComplaintImport> Build(DemoCity city, DateTimeOffset now) => ComplaintSeeder.Build(city, now);
}
