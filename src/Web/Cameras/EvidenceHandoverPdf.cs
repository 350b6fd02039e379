using System.Globalization;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Silo.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AmbonCC.Web.Cameras;

/// <summary>
/// The printable handover record (berita acara serah terima) of an exported clip: the letter, the cameras and
/// window, the file with its SHA-256, who handed it to whom and when, and the custody log's state, with two
/// signature blocks. Drawn with PDFsharp like the tax letters.
/// </summary>
public static class EvidenceHandoverPdf
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The record's lines (bold when the flag is set), in the order they are printed.</summary>
    public static IReadOnlyList<(string Text, bool Bold)> Lines(EvidenceView v, CustodyReport custody, CityClock clock)
    {
        var r = v.Request;
        var handover = custody.Entries.LastOrDefault(e => e.Action == "handed-over");
        var giver = handover?.Actor ?? "-";
        return
        [
            ("PEMERINTAH KOTA AMBON · COMMAND CENTER", true),
            ("BERITA ACARA SERAH TERIMA REKAMAN CCTV", true),
            ("", false),
            ($"Nomor permintaan : {v.Id}", false),
            ($"Instansi peminta : {r.Institution}", false),
            ($"Penyidik         : {r.OfficerName}", false),
            ($"Surat            : {r.LetterNumber}, tanggal {r.LetterDate.ToString("d MMMM yyyy", Indonesian)}", false),
            ($"Nomor perkara    : {r.CaseNumber}", false),
            ($"Kamera           : {string.Join(", ", r.CameraCodes)}", false),
            ($"Rentang waktu    : {Local(clock, r.From)} – {Local(clock, r.To)}", false),
            ($"Disetujui oleh   : {v.DecidedBy ?? "-"}", false),
            ("", false),
            ("Berkas rekaman", true),
            ($"Nama berkas      : {v.Export?.FileName ?? "-"}", false),
            ($"Ukuran           : {v.Export?.SizeBytes.ToString("N0", Indonesian) ?? "-"} byte", false),
            ("SHA-256          :", false),
            (v.Export?.Sha256 ?? "-", true),
            ("", false),
            ("Serah terima", true),
            ($"Diserahkan oleh  : {giver}", false),
            ($"Diterima oleh    : {v.HandedOverTo ?? "-"}", false),
            ($"Waktu            : {(v.HandedOverAt is { } at ? Local(clock, at) : "-")}", false),
            ("", false),
            ($"Log lacak (custody): {custody.Entries.Length} langkah, rantai hash {(custody.Verified ? "terverifikasi" : $"RUSAK sejak langkah {custody.FirstBrokenSeq}")}", false),
            ($"Hash langkah terakhir: {custody.Entries.LastOrDefault()?.Hash ?? "-"}", false),
        ];
    }

    public static byte[] Render(EvidenceView v, CustodyReport custody, CityClock clock)
    {
        DejaVuFonts.Ensure();
        using var document = new PdfDocument();
        document.Info.Title = $"Berita acara serah terima {v.Id}";
        // The hash and the names also in the document's properties, where a reader (or a test) finds them as text.
        document.Info.Subject = $"{v.Id}; sha256 {v.Export?.Sha256}";
        document.Info.Keywords = $"{custody.Entries.LastOrDefault(e => e.Action == "handed-over")?.Actor}; {v.HandedOverTo}; {v.Request.CaseNumber}";
        var page = document.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
        {
            var regular = new XFont(DejaVuFonts.Family, 9.5, XFontStyleEx.Regular);
            var bold = new XFont(DejaVuFonts.Family, 9.5, XFontStyleEx.Bold);
            double y = 60;
            foreach (var (text, isBold) in Lines(v, custody, clock))
            {
                g.DrawString(text, isBold ? bold : regular, XBrushes.Black, new XPoint(56, y));
                y += text.Length == 0 ? 8 : 15;
            }

            y += 40;
            g.DrawString("Yang menyerahkan,", regular, XBrushes.Black, new XPoint(56, y));
            g.DrawString("Yang menerima,", regular, XBrushes.Black, new XPoint(330, y));
            y += 60;
            g.DrawString(custody.Entries.LastOrDefault(e => e.Action == "handed-over")?.Actor ?? "", bold, XBrushes.Black, new XPoint(56, y));
            g.DrawString(v.HandedOverTo ?? "", bold, XBrushes.Black, new XPoint(330, y));
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static string Local(CityClock clock, DateTimeOffset at) =>
        clock.ToCityTime(at).ToString("d MMM yyyy HH':'mm", Indonesian) + " " + clock.Label;
}
