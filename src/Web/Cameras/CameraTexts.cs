using System.Globalization;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Resources;
using Microsoft.Extensions.Localization;

namespace AmbonCC.Web.Cameras;

/// <summary>The camera pages' texts in Bahasa Indonesia and English (from CamerasText.resx / CamerasText.en-US.resx).</summary>
public static class CameraTexts
{
    /// <summary>Set once at start from DI (<c>IStringLocalizer&lt;CamerasText&gt;</c>, CamerasText.resx and .en-US.resx).</summary>
    internal static IStringLocalizer<CamerasText>? Localizer { get; set; }

    public static string Get(string key) => Localizer is { } t ? t[key].Value : key;

    public static string Of(CameraHealth health) => Get(health switch
    {
        CameraHealth.Online => "Online",
        CameraHealth.Offline => "Offline",
        CameraHealth.Frozen => "Frozen",
        CameraHealth.NotRecording => "NotRecording",
        _ => "Unknown",
    });

    public static string Of(CameraCategory category) => Get(category switch
    {
        CameraCategory.Road => "Road",
        CameraCategory.River => "River",
        CameraCategory.Waste => "Waste",
        CameraCategory.PublicBuilding => "PublicBuilding",
        _ => category.ToString(),
    });

    /// <summary>MudBlazor colour of a status: green online, amber not recording, red frozen or offline, grey unknown.</summary>
    public static MudBlazor.Color Colour(CameraHealth health) => health switch
    {
        CameraHealth.Online => MudBlazor.Color.Success,
        CameraHealth.NotRecording => MudBlazor.Color.Warning,
        CameraHealth.Frozen or CameraHealth.Offline => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    public static string Since(DateTimeOffset? at, DateTimeOffset now)
    {
        if (at is not { } t)
        {
            return Get("NeverReported");
        }

        var span = now - t;
        var text = span.TotalSeconds < 90 ? $"{Math.Max(0, (int)span.TotalSeconds)} s"
            : span.TotalMinutes < 90 ? $"{(int)span.TotalMinutes} min"
            : span.TotalHours < 48 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalDays} d";
        return string.Format(CultureInfo.InvariantCulture, Get("Ago"), text);
    }
}
