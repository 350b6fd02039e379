using System.Globalization;
using AmbonCC.City;

namespace AmbonCC.Web.Localization;

/// <summary>How the screens show a time: always in city time and labelled with the zone, so nobody has to guess.</summary>
public static class CityTimeFormat
{
    /// <summary>"14:05 WIT", or a dash when unknown.</summary>
    public static string Clock(this CityClock clock, DateTimeOffset? at) =>
        at is { } t ? clock.ToCityTime(t).ToString("HH:mm", CultureInfo.InvariantCulture) + " " + clock.Label : "–";

    /// <summary>"02 Des 14:05 WIT" in the reader's culture.</summary>
    public static string DateClock(this CityClock clock, DateTimeOffset at) =>
        clock.ToCityTime(at).ToString("dd MMM HH:mm", CultureInfo.CurrentCulture) + " " + clock.Label;

    /// <summary>"02 Des 2026 14:05:09 WIT (+09:00)": the full stamp of records (incidents, bulletins).</summary>
    public static string Stamp(this CityClock clock, DateTimeOffset at)
    {
        var local = clock.ToCityTime(at);
        return $"{local.ToString("dd MMM yyyy HH:mm:ss", CultureInfo.CurrentCulture)} {clock.Label} ({local.ToString("zzz", CultureInfo.InvariantCulture)})";
    }
}
