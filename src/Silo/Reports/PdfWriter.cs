using AmbonCC.Silo.Pdf;
using System.Globalization;
using AmbonCC.City;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AmbonCC.Silo.Reports;

/// <summary>Writes lines top to bottom on A4 pages, starting a new page when the next block would not fit.</summary>
internal sealed class PdfWriter(PdfDocument document, CityClock clock)
{
    private const double Margin = 48;
    private PdfPage? page;
    private XGraphics? g;
    private double y;

    public string Time(DateTimeOffset at) =>
        clock.ToCityTime(at).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " " + clock.Label;

    public void Heading(string text, double size = 12)
    {
        Need(size + 14);
        y += 6;
        G.DrawString(text, new XFont(DejaVuFonts.Family, size, XFontStyleEx.Bold), XBrushes.Black, Margin, y + size);
        y += size + 6;
    }

    public void Text(string text, double size = 10)
    {
        foreach (var line in Wrap(text, (int)(95 * 10 / size)))
        {
            Need(size + 4);
            G.DrawString(line, new XFont(DejaVuFonts.Family, size), XBrushes.Black, Margin, y + size);
            y += size + 4;
        }
    }

    public void Gap(double points) => y += points;

    /// <summary>A table: figure, today, the day before, the change.</summary>
    public void Rows(IReadOnlyList<(string Label, int Today, int DayBefore)> rows)
    {
        var font = new XFont(DejaVuFonts.Family, 9);
        var bold = new XFont(DejaVuFonts.Family, 9, XFontStyleEx.Bold);
        Need(14 * (rows.Count + 1));
        string[] head = ["", "Hari ini", "Kemarin", "Perubahan"];
        double[] x = [Margin, Margin + 230, Margin + 310, Margin + 390];
        for (var c = 0; c < head.Length; c++)
        {
            G.DrawString(head[c], bold, XBrushes.Black, x[c], y + 10);
        }

        y += 14;
        foreach (var (label, today, before) in rows)
        {
            var delta = today - before;
            string[] cells = [label, today.ToString(CultureInfo.InvariantCulture), before.ToString(CultureInfo.InvariantCulture), delta > 0 ? "+" + delta : delta.ToString(CultureInfo.InvariantCulture)];
            for (var c = 0; c < cells.Length; c++)
            {
                G.DrawString(cells[c], font, XBrushes.Black, x[c], y + 10);
            }

            y += 14;
        }
    }

    public void Chart(double height, Action<XGraphics, XRect> draw)
    {
        Need(height + 6);
        draw(G, new XRect(Margin, y + 4, 595 - (2 * Margin), height));
        y += height + 6;
    }

    public void Close() => g?.Dispose();

    private XGraphics G => g ?? throw new InvalidOperationException("No page.");

    private void Need(double height)
    {
        if (page is null || y + height > 842 - Margin)
        {
            g?.Dispose();
            page = document.AddPage();
            page.Width = XUnit.FromPoint(595);
            page.Height = XUnit.FromPoint(842);
            g = XGraphics.FromPdfPage(page);
            y = Margin;
        }
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                yield return line;
                line = word;
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
