using AmbonCC.Silo.Pdf;
using System.Globalization;
using PdfSharp.Drawing;

namespace AmbonCC.Silo.Reports;

/// <summary>Bar charts drawn with PDFsharp's primitives (no chart library is served for PDFs).</summary>
internal static class PdfCharts
{
    public static readonly XColor Today = XColor.FromArgb(25, 118, 210);
    public static readonly XColor DayBefore = XColor.FromArgb(176, 190, 197);

    /// <summary>Pairs of bars (today, the day before) per category, on one scale, with the values printed above.</summary>
    public static void Pairs(XGraphics g, XRect area, string title, IReadOnlyList<(string Label, double Today, double DayBefore)> data)
    {
        var font = new XFont(DejaVuFonts.Family, 7);
        g.DrawString(title, new XFont(DejaVuFonts.Family, 9, XFontStyleEx.Bold), XBrushes.Black, area.X, area.Y + 9);
        var plot = new XRect(area.X, area.Y + 16, area.Width, area.Height - 30);
        var max = Math.Max(1, data.Count == 0 ? 1 : data.Max(d => Math.Max(d.Today, d.DayBefore)));
        var slot = data.Count == 0 ? plot.Width : plot.Width / data.Count;
        var bar = Math.Min(18, slot / 3);
        for (var i = 0; i < data.Count; i++)
        {
            var x = plot.X + (i * slot) + ((slot - (2 * bar)) / 2);
            Bar(g, font, x, bar, plot, data[i].DayBefore / max, data[i].DayBefore, DayBefore);
            Bar(g, font, x + bar, bar, plot, data[i].Today / max, data[i].Today, Today);
            g.DrawString(data[i].Label, font, XBrushes.Black, new XRect(plot.X + (i * slot), plot.Bottom + 2, slot, 10), XStringFormats.TopCenter);
        }

        g.DrawLine(XPens.Gray, plot.X, plot.Bottom, plot.Right, plot.Bottom);
    }

    /// <summary>One bar per item, coloured per item, against a shared scale (gauge peaks coloured by band).</summary>
    public static void Bars(XGraphics g, XRect area, string title, IReadOnlyList<(string Label, double Value, XColor Color)> data)
    {
        var font = new XFont(DejaVuFonts.Family, 7);
        g.DrawString(title, new XFont(DejaVuFonts.Family, 9, XFontStyleEx.Bold), XBrushes.Black, area.X, area.Y + 9);
        var plot = new XRect(area.X, area.Y + 16, area.Width, area.Height - 30);
        var max = Math.Max(1, data.Count == 0 ? 1 : data.Max(d => d.Value));
        var slot = data.Count == 0 ? plot.Width : plot.Width / data.Count;
        var width = Math.Min(28, slot * 0.6);
        for (var i = 0; i < data.Count; i++)
        {
            Bar(g, font, plot.X + (i * slot) + ((slot - width) / 2), width, plot, data[i].Value / max, data[i].Value, data[i].Color);
            g.DrawString(data[i].Label, font, XBrushes.Black, new XRect(plot.X + (i * slot), plot.Bottom + 2, slot, 10), XStringFormats.TopCenter);
        }

        g.DrawLine(XPens.Gray, plot.X, plot.Bottom, plot.Right, plot.Bottom);
    }

    private static void Bar(XGraphics g, XFont font, double x, double width, XRect plot, double share, double value, XColor color)
    {
        var height = Math.Max(0, share) * (plot.Height - 10);
        g.DrawRectangle(new XSolidBrush(color), x, plot.Bottom - height, width, height);
        g.DrawString(value.ToString("0.#", CultureInfo.InvariantCulture), font, XBrushes.Black,
            new XRect(x - 6, plot.Bottom - height - 10, width + 12, 10), XStringFormats.TopCenter);
    }
}
