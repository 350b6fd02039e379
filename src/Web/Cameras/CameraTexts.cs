using System.Globalization;
using AmbonCC.Cameras;
using AmbonCC.City;

namespace AmbonCC.Web.Cameras;

/// <summary>The camera pages' texts in Bahasa Indonesia and English (kept with the module; same rule as UiText).</summary>
public static class CameraTexts
{
    private static readonly Dictionary<string, (string Id, string En)> Texts = new()
    {
        ["Wall"] = ("Dinding kamera", "Camera wall"),
        ["Map"] = ("Peta kamera", "Camera map"),
        ["MayorWall"] = ("Dinding kamera – Ruang Wali Kota", "Camera wall – Mayor's office"),
        ["AllCategories"] = ("Semua kategori", "All categories"),
        ["AllKecamatan"] = ("Semua kecamatan", "All kecamatan"),
        ["Kecamatan"] = ("Kecamatan", "Kecamatan"),
        ["Category"] = ("Kategori", "Category"),
        ["NoPicture"] = ("Belum ada gambar", "No picture yet"),
        ["NeverReported"] = ("belum pernah melapor", "never reported"),
        ["Ago"] = ("{0} lalu", "{0} ago"),
        ["Timeline"] = ("Linimasa", "Timeline"),
        ["Incidents"] = ("Insiden", "Incidents"),
        ["NoIncidents"] = ("Tidak ada insiden.", "No incidents."),
        ["Stream"] = ("Siaran langsung (VMS)", "Live stream (VMS)"),
        ["Uptime"] = ("Uptime per hari", "Uptime per day"),
        ["Owner"] = ("OPD pemilik", "Owner OPD"),
        ["Retention"] = ("Retensi rekaman", "Footage retention"),
        ["Days"] = ("hari", "days"),
        ["NotFound"] = ("Kamera tidak ditemukan.", "Camera not found."),
        ["Online"] = ("Online", "Online"),
        ["Offline"] = ("Offline", "Offline"),
        ["Frozen"] = ("Gambar beku", "Frozen"),
        ["NotRecording"] = ("Tidak merekam", "Not recording"),
        ["Unknown"] = ("Belum diketahui", "Unknown"),
        ["Road"] = ("Jalan", "Road"),
        ["River"] = ("Sungai", "River"),
        ["Waste"] = ("TPS/TPA", "Waste site"),
        ["PublicBuilding"] = ("Gedung publik", "Public building"),
    };

    public static string Get(string key)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return Texts.TryGetValue(key, out var t) ? (english ? t.En : t.Id) : key;
    }

    public static string Of(CameraHealth health) => Get(health.ToString());

    public static string Of(CameraCategory category) => Get(category.ToString());

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
