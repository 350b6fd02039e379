using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Cameras;
using Microsoft.Extensions.Time.Testing;
using PdfSharp.Pdf.IO;

namespace AmbonCC.UnitTests.Cameras;

/// <summary>The handover record: what it prints (hash, names, time in city time) and that the PDF opens.</summary>
public sealed class EvidenceHandoverPdfTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly string Sha = new('b', 64);

    private static (EvidenceView View, CustodyReport Custody) HandedOver()
    {
        var request = new EvidenceRequest("Polresta Pulau Ambon", "Bripka Leiwakabessy", "B/77/XII/2026", new DateOnly(2026, 12, 1), "LP/B/456",
            "Pencurian", ["CCTV-JL-01"], Now.AddDays(-2), Now.AddDays(-2).AddMinutes(90));
        var view = new EvidenceView("EV-20261202-ABC123", request, EvidenceStatus.HandedOver, "sari", Now.AddHours(-3), "budi", "Surat lengkap",
            new EvidenceExport("klip.mp4", 734_003_200, Sha), "Bripka Leiwakabessy", Now);
        var log = new List<CustodyEntry>();
        foreach (var (actor, action) in new[] { ("sari", "requested"), ("budi", "approved-legal-hold"), ("vms:ambon", "exported"), ("sari", "handed-over") })
        {
            log.Add(CustodyChain.Append(log, Now.AddMinutes(log.Count), actor, action, action));
        }

        return (view, new CustodyReport(view.Id, [.. log], true, null));
    }

    [Fact]
    public void The_record_names_the_file_hash_both_people_and_the_time_in_city_time()
    {
        var (view, custody) = HandedOver();

        var text = string.Join("\n", EvidenceHandoverPdf.Lines(view, custody, CityClock.Ambon(new FakeTimeProvider(Now))).Select(l => l.Text));

        Assert.Contains(Sha, text, StringComparison.Ordinal);
        Assert.Contains("Diserahkan oleh  : sari", text, StringComparison.Ordinal);
        Assert.Contains("Diterima oleh    : Bripka Leiwakabessy", text, StringComparison.Ordinal);
        Assert.Contains("2 Des 2026 10:00 WIT", text, StringComparison.Ordinal);
        Assert.Contains("terverifikasi", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_chain_is_printed_as_broken()
    {
        var (view, custody) = HandedOver();

        var text = string.Join("\n", EvidenceHandoverPdf.Lines(view, custody with { Verified = false, FirstBrokenSeq = 3 }, CityClock.Ambon()).Select(l => l.Text));

        Assert.Contains("RUSAK sejak langkah 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_opens_with_one_page_and_carries_the_hash_and_names_as_text()
    {
        var (view, custody) = HandedOver();

        var bytes = EvidenceHandoverPdf.Render(view, custody, CityClock.Ambon());

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Contains(Sha, document.Info.Subject, StringComparison.Ordinal);
        Assert.Equal("sari; Bripka Leiwakabessy; LP/B/456", document.Info.Keywords);
    }
}
