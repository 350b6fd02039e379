using System.Globalization;
using AmbonCC.Live;
using AmbonCC.RiverGauges;
using MudBlazor;

namespace AmbonCC.Web.Components.Rivers;

/// <summary>Colours, labels and live-event folding shared by the river components.</summary>
public static class RiverFormat
{
    /// <summary>Fill colours of the four bands (the BNPB convention: green, yellow, orange, red).</summary>
    public static string BandFill(SiagaLevel band) => band switch
    {
        SiagaLevel.Siaga3 => "#fbc02d",
        SiagaLevel.Siaga2 => "#f57c00",
        SiagaLevel.Siaga1 => "#d32f2f",
        _ => "#388e3c",
    };

    public const string StaleFill = "#9e9e9e";
    public const string RiseAmber = "#ffb300";

    public static Color BandColor(SiagaLevel band) => band switch
    {
        SiagaLevel.Siaga3 => Color.Warning,
        SiagaLevel.Siaga2 => Color.Secondary,
        SiagaLevel.Siaga1 => Color.Error,
        _ => Color.Success,
    };

    /// <summary>"Siaga 2 (Siaga)": the number people say and the Indonesian word.</summary>
    public static string BandLabel(SiagaLevel band) => $"Siaga {band.Number()} ({band.IndonesianName()})";

    public static string Cm(double? value) =>
        value is { } v ? v.ToString("0.#", CultureInfo.CurrentCulture) : "–";

    public static string Rate(double? value) =>
        value is { } v ? v.ToString("+0.#;-0.#;0", CultureInfo.CurrentCulture) : "–";

    /// <summary>
    /// Folds a rivers live event into a gauge's status. Events are applied only when they are not older than what
    /// the row already shows, because a snapshot loaded after subscribing may already contain them.
    /// </summary>
    public static GaugeStatus Apply(GaugeStatus status, LiveEvent evt)
    {
        var data = evt.Data;
        if (data is null)
        {
            return status;
        }

        var observedAt = ParseTime(data, "observedAt");
        if (observedAt is { } at && status.ObservedAt is { } known && at < known)
        {
            return status;
        }

        return status with
        {
            LevelCm = ParseDouble(data, "levelCm") ?? status.LevelCm,
            Band = data.TryGetValue("band", out var b) && Enum.TryParse<SiagaLevel>(b, out var band) ? band : status.Band,
            RateCmPer10Min = ParseDouble(data, "rate") ?? status.RateCmPer10Min,
            RiseAlarm = data.TryGetValue("riseAlarm", out var r) ? r == "1" : status.RiseAlarm,
            Stale = data.TryGetValue("stale", out var s) ? s == "1" : status.Stale,
            ObservedAt = observedAt ?? status.ObservedAt,
        };
    }

    public static double? ParseDouble(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static DateTimeOffset? ParseTime(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
