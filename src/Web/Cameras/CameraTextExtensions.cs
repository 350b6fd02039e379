using System.Globalization;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Resources;
using Microsoft.Extensions.Localization;

namespace AmbonCC.Web.Cameras;

/// <summary>
/// Camera and evidence texts through the reader's <see cref="IStringLocalizer{CamerasText}"/> (CamerasText.resx,
/// CamerasText.en-US.resx): enums by explicit keys, timeline lines from their code and arguments.
/// </summary>
public static class CameraTextExtensions
{
    public static string Of(this IStringLocalizer<CamerasText> t, CameraHealth health) => t[health switch
    {
        CameraHealth.Online => "Online",
        CameraHealth.Offline => "Offline",
        CameraHealth.Frozen => "Frozen",
        CameraHealth.NotRecording => "NotRecording",
        _ => "Unknown",
    }];

    public static string Of(this IStringLocalizer<CamerasText> t, CameraCategory category) => category switch
    {
        CameraCategory.Road => t["Road"],
        CameraCategory.River => t["River"],
        CameraCategory.Waste => t["Waste"],
        CameraCategory.PublicBuilding => t["PublicBuilding"],
        _ => category.ToString(),
    };

    public static string Of(this IStringLocalizer<CamerasText> t, EvidenceStatus status) => t[status switch
    {
        EvidenceStatus.Requested => "EvidenceStatus.Requested",
        EvidenceStatus.Refused => "EvidenceStatus.Refused",
        EvidenceStatus.OnHold => "EvidenceStatus.OnHold",
        EvidenceStatus.Exported => "EvidenceStatus.Exported",
        EvidenceStatus.HandedOver => "EvidenceStatus.HandedOver",
        _ => "EvidenceStatus.Released",
    }];

    /// <summary>MudBlazor colour of a status: green online, amber not recording, red frozen or offline, grey unknown.</summary>
    public static MudBlazor.Color Colour(CameraHealth health) => health switch
    {
        CameraHealth.Online => MudBlazor.Color.Success,
        CameraHealth.NotRecording => MudBlazor.Color.Warning,
        CameraHealth.Frozen or CameraHealth.Offline => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    public static MudBlazor.Color Colour(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Requested => MudBlazor.Color.Warning,
        EvidenceStatus.Refused => MudBlazor.Color.Error,
        EvidenceStatus.Released => MudBlazor.Color.Default,
        _ => MudBlazor.Color.Info,
    };

    public static string Since(this IStringLocalizer<CamerasText> t, DateTimeOffset? at, DateTimeOffset now)
    {
        if (at is not { } seen)
        {
            return t["NeverReported"];
        }

        var span = now - seen;
        var text = span.TotalSeconds < 90 ? $"{Math.Max(0, (int)span.TotalSeconds)} s"
            : span.TotalMinutes < 90 ? $"{(int)span.TotalMinutes} min"
            : span.TotalHours < 48 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalDays} d";
        return t["Ago", text];
    }

    /// <summary>
    /// A timeline line in the reader's language: the code's text with its arguments (labels translated, ISO times in
    /// city time); the stored Indonesian text for a code without a resource or a line stored without arguments.
    /// </summary>
    public static string Line(this IStringLocalizer<CamerasText> t, CameraTimelineEntry entry, CityClock city)
    {
        var args = entry.Args ?? [];
        if (args.Count == 0 && entry.Kind is "event" or "event-ended" or "event-ignored")
        {
            return entry.Text;
        }

        var text = t["Timeline." + entry.Kind, [.. args.Select(a => Arg(t, a, city))]];
        return text.ResourceNotFound ? entry.Text : text.Value;
    }

    public static string CityTime(this CityClock city, DateTimeOffset at) =>
        city.ToCityTime(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + " " + city.Label;

    private static object Arg(IStringLocalizer<CamerasText> t, string arg, CityClock city)
    {
        if (arg.Length >= 20 && DateTimeOffset.TryParseExact(arg, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return city.CityTime(at);
        }

        var label = t["Label." + arg];
        return label.ResourceNotFound ? arg : label.Value;
    }
}
