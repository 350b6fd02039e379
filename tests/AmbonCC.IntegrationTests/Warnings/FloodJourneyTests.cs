using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Security;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>
/// Journey 1 through the real HTTP API: a flash flood on Wai Batu Merah from the gauge's readings to the CAP alert,
/// dissemination, receipts, acknowledgement, escalation, an Update when it rises further and the Cancel when the water falls.
/// </summary>
[Collection(FloodJourneyCollection.Name)]
public sealed class FloodJourneyTests(FloodJourneyFixture app)
{
    private const string Gauge = "PDA-BATUMERAH-1";
    private const string River = "Wai Batu Merah";

    [Fact]
    public async Task A_flash_flood_is_warned_disseminated_acknowledged_escalated_updated_and_cancelled()
    {
        var device = app.Anonymous();
        device.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("gauge:" + Gauge, ApiScopes.DeviceIngest));
        var supervisor = await app.SignedInAsync("sari.supervisor", Roles.Supervisor);
        var thresholds = (await app.Grains.GetGrain<IRiverGaugeGrain>(Gauge).GetStatusAsync())!.Thresholds;
        var start = DateTimeOffset.UtcNow.AddMinutes(-120);

        // Calm, then the level rises 40 cm in 10 minutes and past Siaga 2.
        var seq = 0;
        var calm = Enumerable.Range(0, 30).Select(i => Reading(++seq, start.AddMinutes(i), thresholds.Siaga3Cm - 40)).ToList();
        Assert.Equal(HttpStatusCode.OK, (await device.PostAsJsonAsync($"/api/v1/gauges/{Gauge}/readings", calm)).StatusCode);
        var rise = Enumerable.Range(0, 16).Select(i => Reading(++seq, start.AddMinutes(30 + i), thresholds.Siaga3Cm - 40 + i * ((thresholds.Siaga2Cm + 10 - thresholds.Siaga3Cm + 40) / 15))).ToList();
        var ingest = await device.PostAsJsonAsync($"/api/v1/gauges/{Gauge}/readings", rise);
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);

        var status = (await app.Grains.GetGrain<IRiverGaugeGrain>(Gauge).GetStatusAsync())!;
        Assert.Equal(SiagaLevel.Siaga2, status.Band);
        Assert.True(status.RiseAlarm);

        // After the acknowledgement, the reaction runs: the incident queue has the river's incident.
        var incidents = await Eventually.SucceedsAsync(() => app.Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync(),
            TimeSpan.FromSeconds(30), all => all.Any(i => i.Title.Contains(River)), "the river's incident on the queue");
        Assert.Contains(incidents, i => i.Title.Contains(River));

        // A draft waits for the Supervisor, in Indonesian, naming the river.
        var warningId = await Eventually.SucceedsAsync(() => app.Grains.GetGrain<IRiverWarningDeskGrain>(River).GetActiveWarningIdAsync(),
            TimeSpan.FromSeconds(30), id => id is not null, "a draft warning for the river");
        Assert.NotNull(warningId);
        var draft = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/warnings/{warningId}");
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        Assert.Contains("Batu Merah", draft.GetProperty("pending").GetProperty("headline").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/v1/warnings/{warningId}/cap")).StatusCode);

        // One click approves: the CAP alert is public, conformant, in the feed; messages go out.
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/warnings/{warningId}/approve", null)).StatusCode);
        var capResponse = await app.Anonymous().GetAsync($"/api/v1/warnings/{warningId}/cap");
        Assert.Equal("application/cap+xml", capResponse.Content.Headers.ContentType?.MediaType);
        var cap = await capResponse.Content.ReadAsStringAsync();
        Assert.True(CapConformance.Check(cap).IsValid, string.Join("; ", CapConformance.Check(cap).Errors));
        Assert.Equal(CapMsgType.Alert, CapXml.Parse(cap).MsgType);
        Assert.Contains($"/api/v1/warnings/{warningId}/cap?number=1", await app.Anonymous().GetStringAsync("/api/v1/warnings/feed"));

        var warning = await WaitForAsync(warningId!, w => w.Recipients.Count > 0 && w.Recipients.All(r => r.Role == EscalationPolicy.Social || r.State != DeliveryState.Queued),
            "every recipient with a channel handed to the gateway");
        Assert.Contains(warning.Recipients, r => r.Role == EscalationPolicy.RtHead);
        Assert.Contains(warning.Recipients, r => r.Role == EscalationPolicy.Bpbd);
        Assert.Contains(warning.Recipients, r => r.Role == EscalationPolicy.Social);
        var rtHeads = warning.Recipients.Where(r => r.Role == EscalationPolicy.RtHead).ToList();
        var messages = app.Gateway.Received.Select(m => m.Body.GetProperty("payload")).ToList();
        Assert.Contains(messages, m => m.GetProperty("recipientId").GetString() == rtHeads[0].RecipientId);

        // The gateway reports delivery; the RT head clicks the link.
        var gateway = app.Anonymous();
        gateway.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("gateway:test", ApiScopes.Gateway));
        var first = messages.First(m => m.GetProperty("recipientId").GetString() == rtHeads[0].RecipientId);
        var receipt = new[] { new { messageId = first.GetProperty("messageId").GetString(), recipientId = rtHeads[0].RecipientId, status = "delivered", at = DateTimeOffset.UtcNow } };
        Assert.Equal(HttpStatusCode.OK, (await gateway.PostAsJsonAsync($"/api/v1/warnings/{warningId}/receipts", receipt)).StatusCode);
        var ackPath = new Uri(first.GetProperty("ackUrl").GetString()!).PathAndQuery;
        var page = await app.Anonymous().GetAsync(ackPath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("method=\"post\"", await page.Content.ReadAsStringAsync());
        Assert.NotEqual(DeliveryState.Acknowledged, (await app.Grains.GetGrain<IFloodWarningGrain>(warningId!).GetAsync())!.Recipients.Single(r => r.RecipientId == rtHeads[0].RecipientId).State);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().PostAsync(ackPath, null)).StatusCode);
        var forged = ackPath[..(ackPath.LastIndexOf('/') + 1)] + new string('0', 24);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().PostAsync(forged, null)).StatusCode);

        // The others stay silent for the 10 minutes: they are escalated to their lurah and the nearest BPBD officer.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        warning = await WaitForAsync(warningId!, w => w.Recipients.Any(r => r.Role == EscalationPolicy.Lurah), "the silent RT heads escalated to their lurah");
        Assert.Equal(DeliveryState.Acknowledged, warning.Recipients.Single(r => r.RecipientId == rtHeads[0].RecipientId).State);
        Assert.Contains(warning.Timeline, t => t.Code == WarningNotes.Escalated);
        Assert.Contains(warning.Recipients, r => r.Role == EscalationPolicy.Lurah && r.EscalatedFrom is not null);

        // The river rises on to Siaga 1: an Update is proposed, approved and published, referencing the Alert.
        var higher = Enumerable.Range(0, 6).Select(i => Reading(++seq, start.AddMinutes(46 + i), thresholds.Siaga1Cm + 10)).ToList();
        Assert.Equal(HttpStatusCode.OK, (await device.PostAsJsonAsync($"/api/v1/gauges/{Gauge}/readings", higher)).StatusCode);
        warning = await WaitForAsync(warningId!, w => w.Pending?.MsgType == CapMsgType.Update, "an Update proposed at Siaga 1");
        Assert.Equal(SiagaLevel.Siaga1, warning.Pending!.Level);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/warnings/{warningId}/approve", null)).StatusCode);
        var update = CapXml.Parse(await app.Anonymous().GetStringAsync($"/api/v1/warnings/{warningId}/cap"));
        Assert.Equal(CapMsgType.Update, update.MsgType);
        Assert.Contains(update.References, r => r.Identifier == $"ambon-cc.{warningId}.1");
        warning = (await app.Grains.GetGrain<IFloodWarningGrain>(warningId!).GetAsync())!;
        Assert.Null(warning.Pending);
        Assert.Equal([CapMsgType.Alert, CapMsgType.Update], warning.Messages.Select(m => m.MsgType));
        Assert.Contains($"/api/v1/warnings/{warningId}/cap?number=2", await app.Anonymous().GetStringAsync("/api/v1/warnings/feed"));

        // The water falls and stays down past the hold time: a Cancel, approved, referencing both.
        var fall = Enumerable.Range(0, 64).Select(i => Reading(++seq, start.AddMinutes(52 + i), thresholds.Siaga3Cm - 60)).ToList();
        Assert.Equal(HttpStatusCode.OK, (await device.PostAsJsonAsync($"/api/v1/gauges/{Gauge}/readings", fall)).StatusCode);
        await WaitForAsync(warningId!, w => w.Pending?.MsgType == CapMsgType.Cancel, "a Cancel proposed once the river is back to normal");
        // The silent lurah and BPBD officer reach the Supervisor on duty, who has no channel and is shown so, not as queued.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        warning = await WaitForAsync(warningId!, w => w.Recipients.Any(r => r.Role == EscalationPolicy.Supervisor), "the escalation to the Supervisor on duty");
        Assert.Equal(DeliveryState.NoChannel, warning.Recipients.Single(r => r.Role == EscalationPolicy.Supervisor).State);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/warnings/{warningId}/approve", null)).StatusCode);
        var cancel = CapXml.Parse(await app.Anonymous().GetStringAsync($"/api/v1/warnings/{warningId}/cap"));
        Assert.Equal(CapMsgType.Cancel, cancel.MsgType);
        Assert.Contains(cancel.References, r => r.Identifier == $"ambon-cc.{warningId}.1");
        Assert.Contains(cancel.References, r => r.Identifier == $"ambon-cc.{warningId}.2");
        Assert.Null(await app.Grains.GetGrain<IRiverWarningDeskGrain>(River).GetActiveWarningIdAsync());
    }

    private static object Reading(int seq, DateTimeOffset at, double level) =>
        new { seq, observedAt = at.ToOffset(TimeSpan.FromHours(9)), levelCm = Math.Round(level, 1), rainfallMm = 12.5 };

    private Task<WarningView> WaitForAsync(string id, Func<WarningView, bool> condition, string waitingFor) =>
        Eventually.SucceedsAsync(
            async () => (await app.Grains.GetGrain<IFloodWarningGrain>(id).GetAsync())!,
            TimeSpan.FromSeconds(30),
            condition,
            $"warning {id}: {waitingFor}");
}
