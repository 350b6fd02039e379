using System.Globalization;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Platform;

namespace AmbonCC.RiverGauges;

/// <summary>
/// Turns a gauge's band, rise and stale changes into alarms (at most one active per gauge and kind). Level and
/// rise alarms of one river join one incident; a silent sensor is a device problem with an incident of its own.
/// </summary>
internal static class GaugeAlarms
{
    public const string LevelType = AlarmTexts.LevelType;
    public const string RiseType = AlarmTexts.RiseType;
    public const string StaleType = AlarmTexts.StaleType;

    public static async Task ApplyAsync(IGrainFactory grains, GaugeProfile profile, GaugeStatus status, IReadOnlyList<GaugeChange> changes, DateTimeOffset now)
    {
        var source = SubjectKeys.Gauge(profile.Code);
        var area = new AlarmArea([.. profile.DownstreamKelurahanCodes], profile.Latitude, profile.Longitude);
        IReadOnlyList<IncidentLink>? cameras = null;
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
            var (summaryCode, summaryArgs) = Summary(profile, status, type, change);
            // The gauge names the river cameras near it, so that the incident never reads camera grains itself.
            cameras ??= stale ? [] : [.. (await NearbyCameras.FindAsync(grains, profile.Latitude, profile.Longitude))
                .Select(c => new IncidentLink(IncidentLinkKind.Camera, c.Code, c.Name))];
            // The summary text is the gauge's name: the sentence is the code, rendered in each reader's language.
            await alarm.RaiseAsync(new AlarmRaise(
                source, type, Severity(type, change.ToBand), profile.Name, Details(profile, status),
                area,
                stale ? source : SubjectKeys.River(profile.RiverName),
                now,
                stale ? $"Sensor {profile.Name} tidak melapor" : $"Banjir {profile.RiverName}",
                summaryCode, summaryArgs,
                stale ? IncidentTitles.SensorSilent : IncidentTitles.FloodRiver,
                [stale ? profile.Name : profile.RiverName],
                stale ? null : cameras));
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

    private static (string Code, string[] Args) Summary(GaugeProfile p, GaugeStatus s, string type, GaugeChange change) => type switch
    {
        StaleType => (AlarmTexts.GaugeStale, [p.Name, s.ObservedAt?.ToString("o", CultureInfo.InvariantCulture) ?? ""]),
        RiseType => (AlarmTexts.GaugeRise, [p.Name, Cm(change.RateCmPer10Min ?? s.RateCmPer10Min), Cm(s.LevelCm)]),
        _ => (AlarmTexts.GaugeLevel, [p.Name, change.ToBand.ToString(), Cm(change.LevelCm ?? s.LevelCm)]),
    };

    private static string ClearReason(GaugeChange change) => change.Kind switch
    {
        GaugeChangeKind.StaleCleared => AlarmTexts.ClearedSensorBack,
        GaugeChangeKind.RiseAlarmCleared => AlarmTexts.ClearedRiseSlowed,
        _ => AlarmTexts.ClearedBackToNormal,
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
