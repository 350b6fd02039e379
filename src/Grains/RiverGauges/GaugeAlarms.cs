using System.Globalization;
using AmbonCC.City;
using AmbonCC.Incidents;

namespace AmbonCC.RiverGauges;

/// <summary>
/// Turns a gauge's band, rise and stale changes into alarms (at most one active per gauge and kind). Level and
/// rise alarms of one river join one incident; a silent sensor is a device problem with an incident of its own.
/// </summary>
internal static class GaugeAlarms
{
    public const string LevelType = "siaga";
    public const string RiseType = "rate_of_rise";
    public const string StaleType = "stale";

    public static async Task ApplyAsync(IGrainFactory grains, GaugeProfile profile, GaugeStatus status, IReadOnlyList<GaugeChange> changes, DateTimeOffset now)
    {
        var source = "gauge:" + profile.Code;
        var area = new AlarmArea([.. profile.DownstreamKelurahanCodes], profile.Latitude, profile.Longitude);
        foreach (var change in changes)
        {
            var (type, raise) = change.Kind switch
            {
                GaugeChangeKind.BandRaised or GaugeChangeKind.BandLowered => (LevelType, change.ToBand != SiagaLevel.Siaga4),
                GaugeChangeKind.RiseAlarmRaised => (RiseType, true),
                GaugeChangeKind.RiseAlarmCleared => (RiseType, false),
                GaugeChangeKind.StaleRaised => (StaleType, true),
                GaugeChangeKind.StaleCleared => (StaleType, false),
                _ => ("", false),
            };
            if (type.Length == 0)
            {
                continue;
            }

            var alarm = grains.GetGrain<IAlarmGrain>(AlarmKeys.For(source, type));
            if (!raise)
            {
                await alarm.ClearAsync(now, ClearReason(change));
                continue;
            }

            var stale = type == StaleType;
            await alarm.RaiseAsync(new AlarmRaise(
                source, type, Severity(type, change.ToBand), Summary(profile, status, type, change), Details(profile, status),
                area,
                stale ? source : "river:" + profile.RiverName,
                now,
                stale ? $"Sensor {profile.Name} tidak melapor" : $"Banjir {profile.RiverName}"));
        }
    }

    private static AlarmSeverity Severity(string type, SiagaLevel band) => type switch
    {
        StaleType => AlarmSeverity.Minor,
        RiseType => AlarmSeverity.Major,
        _ => band switch
        {
            SiagaLevel.Siaga1 => AlarmSeverity.Critical,
            SiagaLevel.Siaga2 => AlarmSeverity.Major,
            _ => AlarmSeverity.Minor,
        },
    };

    private static string Summary(GaugeProfile p, GaugeStatus s, string type, GaugeChange change) => type switch
    {
        StaleType => $"{p.Name}: tidak ada data sejak {s.ObservedAt?.ToOffset(TimeSpan.FromHours(9)).ToString("dd/MM HH:mm 'WIT'", CultureInfo.InvariantCulture) ?? "-"}",
        RiseType => $"{p.Name}: naik cepat {Cm(change.RateCmPer10Min ?? s.RateCmPer10Min)} cm/10 menit (tinggi {Cm(s.LevelCm)} cm)",
        _ => $"{p.Name}: {change.ToBand.IndonesianName()} – tinggi muka air {Cm(change.LevelCm ?? s.LevelCm)} cm",
    };

    private static string ClearReason(GaugeChange change) => change.Kind switch
    {
        GaugeChangeKind.StaleCleared => "Sensor kembali melapor",
        GaugeChangeKind.RiseAlarmCleared => "Kenaikan melambat",
        _ => "Kembali normal (Siaga 4)",
    };

    private static Dictionary<string, string> Details(GaugeProfile p, GaugeStatus s) => new()
    {
        ["gauge"] = p.Code,
        ["river"] = p.RiverName,
        ["levelCm"] = Cm(s.LevelCm),
        ["rateCmPer10Min"] = Cm(s.RateCmPer10Min),
        ["band"] = s.Band.ToString(),
        ["downstream"] = string.Join(",", p.DownstreamKelurahanCodes),
    };

    private static string Cm(double? value) => value?.ToString("0", CultureInfo.InvariantCulture) ?? "-";
}
