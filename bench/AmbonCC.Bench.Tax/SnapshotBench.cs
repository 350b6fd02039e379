using System.Collections.Immutable;
using System.Diagnostics;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Silo.Hosting;
using AmbonCC.Silo.TaxTerminals;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace AmbonCC.Bench.Tax;

/// <summary>
/// Size and CPU of one tax terminal snapshot through the silo's own grain-storage serializer (the ADO.NET provider's,
/// resolved from a silo host built with <see cref="SiloConfiguration.ConfigureAmbon"/> and never started): the
/// shape stored before the packed hours (<see cref="LegacyTerminalState"/>) and the current <see cref="TaxTerminalState"/>.
/// Usage: dotnet AmbonCC.Bench.Tax.dll snapshot [--rounds 2000]
/// </summary>
internal static class SnapshotBench
{
    public static void Run(string[] args)
    {
        var rounds = (int)HttpBench.Option(args, "--rounds", 2000);
        var serializer = StorageSerializer();
        if (args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault() is { } dump)
        {
            // A small snapshot as this build stores it: the old-shape fixture of the compatibility tests was made so.
            File.WriteAllBytes(dump, serializer.Serialize(Fixture()).ToArray());
            return;
        }

        Console.WriteLine($"start: {HttpBench.Uptime()}; {Environment.ProcessorCount} cores; serializer {serializer.GetType().Name}");

        var clock = CityClock.Ambon();
        var (profile, hours) = Outlet(clock);
        var current = new TaxTerminalState
        {
            Profile = profile, LastSeenAt = DateTimeOffset.UtcNow, LastReceiptNo = 123_456, HistorySeeded = true,
            Hours = hours.ToDictionary(h => h.LocalHour), ReportedIds = ["voids:TERM-0001:2026-11-30", "rate:TERM-0001:2026-12-01"],
        };
        var legacy = new LegacyTerminalState
        {
            Profile = profile, LastSeenAt = current.LastSeenAt, LastReceiptNo = current.LastReceiptNo, HistorySeeded = true,
            Hours = hours.ToDictionary(h => h.LocalHour), ReportedIds = [.. current.ReportedIds],
        };

        Console.WriteLine($"state: {hours.Count} hours with figures over nine weeks ({hours.Sum(h => h.Receipts):N0} receipts)");
        Console.WriteLine($"{"shape",-44} {"bytes",9} {"write µs",9} {"read µs",9}");
        Measure("before: Hours as a JSON dictionary", serializer, legacy, rounds);
        Measure("now: TaxTerminalState", serializer, current, rounds);

        // What a silo does with a snapshot the previous version stored: read the old JSON into the current state.
        var old = serializer.Serialize(legacy).ToArray();
        var oldRoot = System.Text.Encoding.UTF8.GetString(old).Replace(LegacyTypeName(serializer), CurrentTypeName(serializer), StringComparison.Ordinal);
        var oldBytes = new BinaryData(System.Text.Encoding.UTF8.GetBytes(oldRoot));
        var migrated = serializer.Deserialize<TaxTerminalState>(oldBytes);
        var same = migrated is not null && migrated.Hours.Count == hours.Count && hours.All(h => migrated.Hours[h.LocalHour] == h);
        var readOld = Time(rounds, () => serializer.Deserialize<TaxTerminalState>(oldBytes));
        Console.WriteLine($"{"read old JSON into the current state",-44} {oldBytes.ToMemory().Length,9:N0} {"-",9} {readOld,9:N1}  figures equal: {same}");
        Console.WriteLine($"end: {HttpBench.Uptime()}");
    }

    private static void Measure<T>(string label, IGrainStorageSerializer serializer, T state, int rounds)
    {
        var bytes = serializer.Serialize(state);
        var write = Time(rounds, () => serializer.Serialize(state));
        var read = Time(rounds, () => serializer.Deserialize<T>(bytes));
        Console.WriteLine($"{label,-44} {bytes.ToMemory().Length,9:N0} {write,9:N1} {read,9:N1}");
    }

    /// <summary>Mean µs per call after a warm-up of a tenth of the rounds.</summary>
    private static double Time(int rounds, Action action)
    {
        for (var i = 0; i < rounds / 10 + 1; i++)
        {
            action();
        }

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < rounds; i++)
        {
            action();
        }

        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / rounds;
    }

    /// <summary>An outlet open 10:00–22:00 every day, nine weeks of its demo history (lunch and dinner peaks, some voids).</summary>
    private static (RestaurantProfile Profile, List<HourFigures> Hours) Outlet(CityClock clock)
    {
        var week = Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(10, 0), new TimeOnly(22, 0))).ToImmutableArray();
        var profile = new RestaurantProfile("P.2.0001234.07.05", "Rumah Makan Sari Laut", RestaurantKind.RumahMakan,
            "Jl. A. Y. Patty No. 12", "81.71.01.1006", -3.6954, 128.1814, "TERM-0001", week, 180);
        var (hours, _) = DemoHistory.For(profile, DateTimeOffset.UtcNow, 9, clock);
        // Receipts carry cents now and then: give a few hours a sen part so the packed form is not tested on whole rupiah only.
        for (var i = 0; i < hours.Count; i += 7)
        {
            hours[i] = hours[i] with { Turnover = hours[i].Turnover + 0.45m, Tax = hours[i].Tax + 0.05m };
        }

        return (profile, hours);
    }

    /// <summary>Hours with cents, voids, a refund-negative hour and gaps (overnight, a closed day), on fixed WIT dates.</summary>
    private static TaxTerminalState Fixture()
    {
        var week = Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59))).ToImmutableArray();
        var profile = new RestaurantProfile("P.9.LEGACY0001", "Rumah Makan Lama", RestaurantKind.RumahMakan, "Jl. Uji No. 1", "81.71.01.1006",
            -3.69, 128.18, "LEGACY-TERMINAL-1", week, 150);
        HourFigures[] hours =
        [
            new(new DateTime(2026, 11, 2, 10, 0, 0), 150_000m, 15_000m, 3, 0m),
            new(new DateTime(2026, 11, 2, 11, 0, 0), 1_234_567.89m, 123_456.79m, 27, 45_000.50m),
            new(new DateTime(2026, 11, 2, 23, 0, 0), 0.01m, 0m, 1, 0m),
            new(new DateTime(2026, 11, 3, 0, 0, 0), -50_000m, -5_000m, 0, 50_000m),
            new(new DateTime(2026, 11, 5, 19, 0, 0), 987_654_321.10m, 98_765_432.11m, 4_321, 0.99m),
        ];
        return new TaxTerminalState
        {
            Profile = profile, LastSeenAt = new DateTimeOffset(2026, 11, 5, 19, 30, 0, TimeSpan.FromHours(9)), LastReceiptNo = 4_400,
            HistorySeeded = true, Hours = hours.ToDictionary(h => h.LocalHour), ReportedIds = ["voids:LEGACY-TERMINAL-1:2026-11-02"],
        };
    }

    private static IGrainStorageSerializer StorageSerializer()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"{AmbonOptions.Section}:{nameof(AmbonOptions.DataDirectory)}"] = Path.Combine(Path.GetTempPath(), "ambon-snapshot-bench");
        builder.UseOrleans(silo => silo.UseLocalhostClustering().ConfigureAmbon(builder.Configuration, configureClustering: false));
        // The stand-in for the old state is a bench type: the storage serializer only reads types it was told of.
        builder.Services.Configure<Orleans.Serialization.Configuration.TypeManifestOptions>(o => o.AddAllowedType(typeof(LegacyTerminalState)));
        var host = builder.Build();
        return host.Services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(ProviderNames.GrainStorage).GrainStorageSerializer;
    }

    private static string LegacyTypeName(IGrainStorageSerializer serializer) => RootType(serializer, new LegacyTerminalState());

    private static string CurrentTypeName(IGrainStorageSerializer serializer) => RootType(serializer, new TaxTerminalState());

    private static string RootType<T>(IGrainStorageSerializer serializer, T empty)
    {
        var json = serializer.Serialize(empty).ToString();
        var start = json.IndexOf("\"$type\":\"", StringComparison.Ordinal) + 9;
        return json[start..json.IndexOf('"', start)];
    }
}

/// <summary>
/// The terminal state as stored before the hours were packed (same members and types), so that the bench can show
/// the old size next to the new one. Only its root type name differs from a real old snapshot.
/// </summary>
internal sealed class LegacyTerminalState
{
    public RestaurantProfile? Profile { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public long? LastReceiptNo { get; set; }

    public Dictionary<DateTime, HourFigures> Hours { get; set; } = [];

    public DateTimeOffset? RedSince { get; set; }

    public List<TaxFinding> PendingFindings { get; set; } = [];

    public bool PendingClear { get; set; }

    public bool HistorySeeded { get; set; }

    public HashSet<string> ReportedIds { get; set; } = [];
}
