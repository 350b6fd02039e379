using System.Globalization;
using AmbonCC.City;
using AmbonCC.Silo.Pdf;
using AmbonCC.TaxTerminals;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>
/// Renders a numbered enforcement letter (imbauan, teguran I–III, rekomendasi penyegelan) as a one-page PDF.
/// Fonts come from the Debian package fonts-dejavu-core; PDFsharp on Linux finds no system fonts by itself.
/// </summary>
public static class TaxLetterPdf
{
    public static byte[] Render(RestaurantProfile taxpayer, WarningLetter letter, CityClock clock)
    {
        DejaVuFonts.Ensure();
        using var document = new PdfDocument();
        document.Info.Title = $"{Title(letter.Stage)} {letter.Number}";
        var page = document.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
        {
            var heading = new XFont(DejaVuFonts.Family, 14, XFontStyleEx.Bold);
            var body = new XFont(DejaVuFonts.Family, 10.5, XFontStyleEx.Regular);
            var bold = new XFont(DejaVuFonts.Family, 10.5, XFontStyleEx.Bold);
            double y = 60;
            void Line(string text, XFont font, double gap = 16)
            {
                g.DrawString(text, font, XBrushes.Black, new XPoint(60, y));
                y += gap;
            }

            Line("PEMERINTAH KOTA AMBON", heading, 20);
            Line("BADAN PENGELOLA PAJAK DAN RETRIBUSI DAERAH", bold, 28);
            Line($"Nomor   : {letter.Number}", body);
            Line($"Tanggal : {Local(clock, letter.IssuedAt)}", body);
            Line($"Perihal : {Title(letter.Stage)} Pajak Barang dan Jasa Tertentu (PBJT) Makanan dan/atau Minuman", body, 28);
            Line("Kepada Yth.", body);
            Line($"Pimpinan {taxpayer.Name}", bold);
            Line($"NPWPD {taxpayer.Npwpd}", body);
            Line(taxpayer.Address, body, 28);
            Line("Berdasarkan pemantauan transaksi melalui perangkat M-Post, kami menemukan:", body, 20);
            foreach (var ground in letter.Grounds.Take(8))
            {
                foreach (var part in Wrap("• " + ground, 95))
                {
                    Line(part, body);
                }
            }

            y += 12;
            foreach (var part in Wrap($"Saudara diminta memenuhi kewajiban perpajakan dan menyalakan kembali perangkat M-Post paling lambat {Local(clock, letter.Deadline)}. Apabila tidak diindahkan, akan ditempuh langkah berikutnya sesuai peraturan daerah.", 95))
            {
                Line(part, body);
            }

            y += 30;
            Line("a.n. Kepala BPPRD Kota Ambon", body);
            Line($"Petugas pajak: {letter.IssuedBy}", body);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    public static string Title(CaseStage stage) => stage switch
    {
        CaseStage.Imbauan => "Surat Imbauan",
        CaseStage.TeguranI => "Surat Teguran I",
        CaseStage.TeguranII => "Surat Teguran II",
        CaseStage.TeguranIII => "Surat Teguran III",
        CaseStage.SealRecommended => "Rekomendasi Penyegelan",
        _ => "Surat",
    };

    private static string Local(CityClock clock, DateTimeOffset at) =>
        clock.ToCityTime(at).ToString("d MMMM yyyy HH:mm", CultureInfo.GetCultureInfo("id-ID")) + " " + clock.Label;

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line;
                line = "  " + word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
