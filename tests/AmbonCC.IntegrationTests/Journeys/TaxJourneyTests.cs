using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.Audit;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Platform;
using AmbonCC.Security;
using AmbonCC.TaxTerminals;

namespace AmbonCC.IntegrationTests.Journeys;

/// <summary>
/// Journey 2 through the HTTP API: a restaurant with weeks of steady receipts skips receipt numbers, sells a third of
/// its usual turnover and then switches its M-Post off while open; the queue ranks it with the evidence; the officer
/// records the field check, issues a numbered teguran I (PDF, deadline), the device stays red past the escalation
/// time and the case goes up the ladder; the SPTPD below the recorded turnover is a finding; all of it audited.
/// </summary>
/// <remarks>
/// The terminals judge time on the silo's real clock: "Friday 12:05" is whatever now is (the outlet is open all
/// week), and the 30-minute and 3-day thresholds are seconds in <see cref="JourneyFixture"/>. The receipts come
/// before the silence because the turnover rule looks once per city hour per terminal.
/// </remarks>
[Collection(JourneyCollection.Name)]
public sealed class TaxJourneyTests(JourneyFixture app)
{
    private const string Kelurahan = "81.71.99.1001"; // a kecamatan of its own: the outlet's peers are this test's
    private const decimal Usual = 450_000m;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(45);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task A_restaurant_that_switches_its_terminal_off_is_ranked_warned_escalated_and_its_sptpd_checked()
    {
        var now = DateTimeOffset.UtcNow;
        var local = app.City.ToCityTime(now);
        // The hour before this one is the "dinner" compared; before 03:00 city time the rule has too few hours to judge.
        var judged = local.Hour >= 3;
        var slot = local.Hour >= 1 ? app.City.StartOfDay(app.City.Today).AddHours(local.Hour - 1) : now.AddMinutes(-3);

        // Three peers in the same kecamatan sell as usual today; they report their ratio when their terminal first looks.
        var peers = new List<string>();
        for (var p = 0; p < 3; p++)
        {
            var (serial, _, device) = await app.NewOutletAsync("Rumah Makan Tetangga", Kelurahan);
            var receipts = History(slot, 1000).Concat(Day(slot, 1024, [.. Enumerable.Repeat(Usual, 6)])).ToList();
            Assert.Equal(HttpStatusCode.OK, (await device.PostAsJsonAsync($"/api/v1/terminals/{serial}/transactions", receipts)).StatusCode);
            peers.Add(serial);
        }

        foreach (var serial in peers)
        {
            // A peer turns red (silent 3 s) only after its first look, which reported its ratio to the peer group.
            await Eventually.SucceedsAsync(() => app.Grains.GetGrain<ITaxTerminalGrain>(serial).GetStatusAsync(), Wait,
                s => s!.Health == TerminalHealth.Red, $"peer {serial} looked at its day");
        }

        // Rumah Makan X: four weeks of steady receipts 10,388-10,411, then today 10,412 and 10,530, a third of usual.
        var (terminal, npwpd, x) = await app.NewOutletAsync("Rumah Makan X", Kelurahan);
        var batch = History(slot, 10_388).Concat([Sale(10_412, slot.AddMinutes(5), Usual), Sale(10_530, slot.AddMinutes(local.Hour >= 1 ? 40 : 2), Usual)]).ToList();
        Assert.Equal(HttpStatusCode.OK, (await x.PostAsJsonAsync($"/api/v1/terminals/{terminal}/transactions", batch)).StatusCode);

        // Then the terminal goes silent while the outlet is open: red on the terminal list and counted by the register.
        var officer = await app.SignedInAsync("tax.officer.j2", Roles.TaxOfficer);
        await Eventually.SucceedsAsync(async () => await officer.GetFromJsonAsync<JsonElement>("/api/v1/terminals"), Wait,
            list => list.EnumerateArray().Any(t => t.GetProperty("serial").GetString() == terminal && t.GetProperty("status").GetString() == "red"),
            "the silent terminal red on GET /api/v1/terminals");
        Task<TaxRegisterView> Register() => TaxRegisters.ReadAsync(app.Grains);
        var kinds = new List<FindingKind> { FindingKind.DeviceOff, FindingKind.ReceiptGap };
        if (judged)
        {
            kinds.AddRange([FindingKind.BelowBaseline, FindingKind.BelowPeers]);
        }

        var view = await TaxpayerAsync(officer, npwpd, v => kinds.All(k => v.Findings.Any(f => f.Kind == k)), "device-off, gap and turnover findings");
        var off = view.Findings.Single(f => f.Kind == FindingKind.DeviceOff);
        Assert.True(DateTimeOffset.Parse(off.Evidence["redSince"], CultureInfo.InvariantCulture) > DateTimeOffset.Parse(off.Evidence["lastSeen"], CultureInfo.InvariantCulture));
        var gap = view.Findings.Single(f => f.Kind == FindingKind.ReceiptGap);
        Assert.Equal(("10412", "10530", "117"), (gap.Evidence["from"], gap.Evidence["to"], gap.Evidence["missing"]));
        if (judged)
        {
            var below = view.Findings.Single(f => f.Kind == FindingKind.BelowBaseline);
            Assert.Equal(6 * Usual, decimal.Parse(below.Evidence["baseline"], CultureInfo.InvariantCulture));
            Assert.Equal(2 * Usual, decimal.Parse(below.Evidence["actual"], CultureInfo.InvariantCulture));
            var peer = view.Findings.Single(f => f.Kind == FindingKind.BelowPeers);
            Assert.Equal(("3", "1"), (peer.Evidence["peers"], peer.Evidence["peerMedian"]));
        }

        // The anomaly queue (the register the Tax page reads; not served over HTTP) ranks it above its peers.
        var queue = (await Eventually.SucceedsAsync(Register, Wait,
            r => r.Queue.Any(q => q.Npwpd == npwpd && q.Findings >= kinds.Count) && r.Totals.Red >= 4, "the outlet in the queue, the red terminals counted")).Queue;
        var ranked = queue.OrderByDescending(q => q.Score).Select(q => q.Npwpd).ToList();
        Assert.Equal(0, ranked.IndexOf(npwpd));

        // The officer records the field check and issues teguran I: numbered, a PDF, a deadline.
        var caseUrl = $"/api/v1/taxpayers/{npwpd}/case";
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync(caseUrl, new { action = "fieldCheck", note = "Usaha buka, perangkat dicabut", outletClosed = false })).StatusCode);
        var teguran = await officer.PostAsJsonAsync(caseUrl, new { action = "teguranI", note = "Nyalakan kembali perangkat M-Post" });
        Assert.Equal(HttpStatusCode.OK, teguran.StatusCode);
        var afterLetter = (await teguran.Content.ReadFromJsonAsync<CaseView>(Json))!;
        Assert.Equal(CaseStage.TeguranI, afterLetter.Stage);
        var letter = Assert.Single(afterLetter.Letters);
        Assert.Matches(@"^973/\d{4}/BPPRD/[IVX]+/\d{4}$", letter.Number);
        Assert.True(afterLetter.Deadline > DateTimeOffset.UtcNow && !afterLetter.Overdue, "teguran I has a deadline that is tracked");
        var pdf = await officer.GetAsync($"/api/v1/taxpayers/{npwpd}/letters/0");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
        {
            Assert.True(document.PageCount >= 1);
        }

        // Still red past the escalation time: a Major device-off alarm and a finding, counted as red "3 days".
        await TaxpayerAsync(officer, npwpd, v => v.Findings.Any(f => f.Kind == FindingKind.StillRedAfter3Days), "the still-red finding");
        await Eventually.SucceedsAsync(app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("terminal:" + terminal, "device_off")).GetAsync, Wait,
            a => a is { Active: true, Severity: AlarmSeverity.Major }, "the device-off alarm raised again as Major");
        await Eventually.SucceedsAsync(Register, Wait, r => r.Totals.RedThreeDays >= 1, "the register counting it red 3+ days");
        // Escalation up the ladder is the officer's step: teguran II, with its own numbered letter.
        var second = (await (await officer.PostAsJsonAsync(caseUrl, new { action = "teguranII", note = "Masih mati setelah 3 hari" })).Content.ReadFromJsonAsync<CaseView>(Json))!;
        Assert.Equal(CaseStage.TeguranII, second.Stage);
        Assert.Equal(2, second.Letters.Length);
        Assert.NotEqual(second.Letters[0].Number, second.Letters[1].Number);

        // Month end: the revenue agency's system posts the SPTPD, below what the terminal recorded.
        var bpprd = await app.KeyClientAsync("opd:BPPRD", ApiScopes.Opd);
        var period = app.City.Now.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var declared = await bpprd.PostAsJsonAsync($"/api/v1/taxpayers/{npwpd}/sptpd", new { period, turnover = 100_000m, tax = 10_000m });
        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        Assert.True((await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("underDeclared").GetBoolean());
        view = await TaxpayerAsync(officer, npwpd, v => v.Findings.Any(f => f.Kind == FindingKind.UnderDeclared), "the under-declared finding");

        // Every person's and agency's step is in the audit log; the trail on the case says the same.
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var audit = (await admin.GetFromJsonAsync<List<AuditEntry>>($"/api/v1/audit?entity={Uri.EscapeDataString(npwpd)}", Json))!;
        Assert.Equal(3, audit.Count(e => e.Action == "ITaxpayerGrain.Act" && e.Actor == "tax.officer.j2" && e.Outcome == "ok"));
        Assert.Contains(audit, e => e.Action == "ITaxpayerGrain.DeclareSptpd" && e.Actor == "opd:BPPRD");
        Assert.Contains(view.Case.Trail, t => t.LetterNumber == letter.Number && t.By == "tax.officer.j2");
    }

    private async Task<TaxpayerView> TaxpayerAsync(HttpClient client, string npwpd, Func<TaxpayerView, bool> condition, string waitingFor) =>
        await Eventually.SucceedsAsync(async () => (await client.GetFromJsonAsync<TaxpayerView>($"/api/v1/taxpayers/{npwpd}", Json))!, Wait, condition, waitingFor);

    /// <summary>The same weekday of the last four weeks: six receipts of the usual size in the compared hour.</summary>
    private static IEnumerable<object> History(DateTimeOffset slot, long firstNo)
    {
        var no = firstNo;
        for (var week = 4; week >= 1; week--)
        {
            foreach (var receipt in Day(slot.AddDays(-7 * week), no, [.. Enumerable.Repeat(Usual, 6)]))
            {
                yield return receipt;
            }

            no += 6;
        }
    }

    private static IEnumerable<object> Day(DateTimeOffset slot, long firstNo, decimal[] amounts) =>
        amounts.Select((amount, i) => Sale(firstNo + i, slot.AddMinutes(5 * i + 1), amount));

    private static object Sale(long receiptNo, DateTimeOffset at, decimal subtotal) => new
    {
        receiptNo,
        issuedAt = at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        subtotal,
        tax = subtotal / 10,
        total = subtotal + subtotal / 10,
        kind = "sale",
        payment = "tunai",
    };
}
