using System.Text;
using AmbonCC.City;
using AmbonCC.Reports;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.Reports;
using PdfSharp.Pdf.IO;

namespace AmbonCC.UnitTests.Reports;

public sealed class ReportPdfTests
{
    [Fact]
    public void The_pdf_opens_and_has_pages()
    {
        var report = ReportEditionsTests.Sample();
        report = report with
        {
            Today = report.Today with
            {
                Rivers = new RiverFigures([new("G1", "Batu Merah", "Wai Batu Merah", 160, SiagaLevel.Siaga2), new("G2", "Tomu", "Wai Tomu", null, SiagaLevel.Siaga4)], 2, 4, 3),
            },
            // Enough items to need a second page.
            Decisions = [.. Enumerable.Range(0, 80).Select(i => new DecisionItem(DecisionKind.OverdueComplaint, "AMB-" + i, "sampah", "DLHP", report.Window.From))],
        };

        var bytes = ReportPdf.Render(report, CityClock.Ambon());

        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        using var stream = new MemoryStream(bytes);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 2, $"{document.PageCount} pages");
        Assert.Contains("2026-12-02", document.Info.Title, StringComparison.Ordinal);
    }
}
