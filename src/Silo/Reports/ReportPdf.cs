using AmbonCC.Silo.Pdf;
using System.Globalization;
using AmbonCC.City;
using AmbonCC.Reports;
using AmbonCC.RiverGauges;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AmbonCC.Silo.Reports;

/// <summary>
/// The report as an A4 PDF in Indonesian (its readers' language): per domain a table of today against the day
/// before and a chart, then the items that need a decision.
/// </summary>
public static class ReportPdf
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static byte[] Render(DailyReport r, CityClock clock)
    {
        DejaVuFonts.Ensure();
        using var document = new PdfDocument();
        document.Info.Title = $"Laporan Harian {r.Id}" + (r.OpdCode is { } o ? $" — {o}" : "");
        var w = new PdfWriter(document, clock);
        w.Heading($"Laporan Harian Command Center — {(r.OpdCode is { } opd ? "OPD " + opd : "Kota Ambon")}", 15);
        w.Text($"Periode {w.Time(r.Window.From)} – {w.Time(r.Window.To)} · dibuat {w.Time(r.GeneratedAt)} oleh {r.GeneratedBy}");
        w.Gap(8);

        var (t, b) = (r.Today, r.DayBefore);
        w.Heading("Sungai dan peringatan dini banjir");
        w.Rows([
            ("Peringatan diterbitkan", t.Rivers.WarningsIssued, b.Rivers.WarningsIssued),
            ("Penerima wajib konfirmasi", t.Rivers.MustAcknowledge, b.Rivers.MustAcknowledge),
            ("Sudah konfirmasi", t.Rivers.Acknowledged, b.Rivers.Acknowledged)]);
        w.Text($"Tingkat konfirmasi: {Share(t.Rivers.AcknowledgementRate)} (kemarin {Share(b.Rivers.AcknowledgementRate)})");
        w.Chart(110, (g, area) => PdfCharts.Bars(g, area, "Tinggi muka air puncak per pos (cm)",
            [.. t.Rivers.Gauges.Select(p => (p.Code, p.PeakCm ?? 0, BandColor(p.Band)))]));
        foreach (var p in t.Rivers.Gauges)
        {
            w.Text($"{p.Code} {p.Name} ({p.River}): puncak {(p.PeakCm is { } cm ? cm.ToString("0", Id) + " cm" : "—")}, Siaga {p.Band.Number()}", 9);
        }

        w.Heading("Kamera (CCTV)");
        w.Rows([
            ("Kamera", t.Cameras.Cameras, b.Cameras.Cameras),
            ("Gangguan (offline/beku)", t.Cameras.Outages, b.Cameras.Outages),
            ("Permintaan rekaman", t.Cameras.EvidenceRequests, b.Cameras.EvidenceRequests),
            ("Menunggu persetujuan", t.Cameras.EvidencePending, b.Cameras.EvidencePending)]);
        w.Text($"Uptime: {Share(t.Cameras.Uptime)} (kemarin {Share(b.Cameras.Uptime)})");

        w.Heading("Pajak restoran (PBJT)");
        w.Rows([
            ("Terminal", t.Tax.Terminals, b.Tax.Terminals),
            ("Terminal merah", t.Tax.Red, b.Tax.Red),
            ("Merah ≥ 3 hari", t.Tax.RedThreeDays, b.Tax.RedThreeDays),
            ("Temuan", t.Tax.Findings, b.Tax.Findings),
            ("Surat teguran", t.Tax.Letters, b.Tax.Letters)]);
        w.Text($"Omzet tercatat Rp {t.Tax.Turnover.ToString("N0", Id)} (kemarin Rp {b.Tax.Turnover.ToString("N0", Id)}); PBJT Rp {t.Tax.Tax.ToString("N0", Id)} (kemarin Rp {b.Tax.Tax.ToString("N0", Id)})");

        w.Heading("Pengaduan (SP4N-LAPOR)");
        w.Rows([
            ("Baru", t.Complaints.New, b.Complaints.New),
            ("Diverifikasi", t.Complaints.Verified, b.Complaints.Verified),
            ("Diverifikasi tepat waktu", t.Complaints.VerifiedInTime, b.Complaints.VerifiedInTime),
            ("Lewat tenggat", t.Complaints.Overdue, b.Complaints.Overdue),
            ("Selesai", t.Complaints.Closed, b.Complaints.Closed),
            ("Laporan berulang", t.Complaints.Repeats, b.Complaints.Repeats)]);
        w.Chart(100, (g, area) => PdfCharts.Pairs(g, area, "Pengaduan: hari ini (biru) dan kemarin (abu-abu)",
        [
            ("Baru", t.Complaints.New, b.Complaints.New), ("Verifikasi", t.Complaints.Verified, b.Complaints.Verified),
            ("Lewat tenggat", t.Complaints.Overdue, b.Complaints.Overdue), ("Selesai", t.Complaints.Closed, b.Complaints.Closed),
        ]));
        w.Text("Lewat tenggat per OPD: " + List(t.Complaints.OverdueByOpd.Select(o => $"{(o.Name.Length == 0 ? "Pusat" : o.Name)} {o.Count}")));
        w.Text("Kategori terbanyak: " + List(t.Complaints.TopCategories.Select(c => $"{c.Name} {c.Count}")));

        w.Heading($"Perlu keputusan ({r.Decisions.Length})");
        foreach (var d in r.Decisions)
        {
            w.Text($"• {KindText(d.Kind)}: {d.SubjectId} — {d.Title}{(d.OpdCode is { } c ? " [" + c + "]" : "")}, sejak {w.Time(d.Since)}", 9);
        }

        if (r.Decisions.Length == 0)
        {
            w.Text("Tidak ada.");
        }

        using var stream = new MemoryStream();
        w.Close();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", Id) + "%" : "—";

    private static string List(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : "—";

    private static XColor BandColor(SiagaLevel band) => band switch
    {
        SiagaLevel.Siaga1 => XColor.FromArgb(198, 40, 40),
        SiagaLevel.Siaga2 => XColor.FromArgb(239, 108, 0),
        SiagaLevel.Siaga3 => XColor.FromArgb(249, 168, 37),
        _ => XColor.FromArgb(46, 125, 50),
    };

    public static string KindText(DecisionKind kind) => kind switch
    {
        DecisionKind.TerminalRedThreeDays => "Terminal merah ≥ 3 hari",
        DecisionKind.OverdueComplaint => "Pengaduan lewat tenggat",
        DecisionKind.CriticalIncident => "Insiden kritis terbuka",
        DecisionKind.EvidencePending => "Permintaan rekaman menunggu persetujuan",
        _ => kind.ToString(),
    };
}
