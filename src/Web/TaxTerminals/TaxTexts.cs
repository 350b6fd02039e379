using AmbonCC.Web.Localization;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>The tax pages' texts in Bahasa Indonesia and English, kept with the module (UiText covers the shell).</summary>
public static class TaxTexts
{
    private static readonly Dictionary<string, (string Id, string En)> Texts = new()
    {
        ["TodayTurnover"] = ("Omzet hari ini", "Turnover today"),
        ["TodayTax"] = ("PBJT hari ini", "PBJT today"),
        ["Month"] = ("Bulan ini vs bulan lalu", "This month vs last month"),
        ["Terminals"] = ("Terminal", "Terminals"),
        ["Red"] = ("merah", "red"),
        ["Queue"] = ("Antrean anomali", "Anomaly queue"),
        ["Score"] = ("Skor", "Score"),
        ["Stage"] = ("Tahap", "Stage"),
        ["Findings"] = ("Temuan", "Findings"),
        ["LastSeen"] = ("Terakhir terlihat", "Last seen"),
        ["Status"] = ("Status", "Status"),
        ["Outlet"] = ("Usaha", "Outlet"),
        ["Case"] = ("Kasus", "Case"),
        ["Letters"] = ("Surat", "Letters"),
        ["Trail"] = ("Jejak audit", "Audit trail"),
        ["Receipts"] = ("Struk terakhir", "Latest receipts"),
        ["Sptpd"] = ("SPTPD", "SPTPD"),
        ["Period"] = ("Masa (yyyy-MM)", "Period (yyyy-MM)"),
        ["Declare"] = ("Simpan SPTPD", "Record SPTPD"),
        ["Note"] = ("Catatan", "Note"),
        ["OutletClosed"] = ("Usaha ditemukan tutup", "Outlet found closed"),
        ["Do"] = ("Lakukan", "Do"),
        ["ReadOnly"] = ("Hanya baca: langkah kasus oleh petugas pajak.", "Read-only: case steps are taken by tax officers."),
        ["Baseline"] = ("Omzet per hari (8 minggu)", "Turnover per day (8 weeks)"),
        ["NoQueue"] = ("Tidak ada temuan terbuka.", "No open findings."),
        ["Deadline"] = ("Batas waktu", "Deadline"),
        ["Overdue"] = ("lewat batas", "overdue"),
    };

    public static string Get(string key) =>
        Texts.TryGetValue(key, out var t) ? (UiText.IsEnglish ? t.En : t.Id) : key;
}
