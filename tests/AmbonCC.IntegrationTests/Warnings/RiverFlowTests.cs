using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.Security;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;
using AmbonCC.Web.Security;
using Orleans.Runtime;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>
/// The chain gauge → alarms → desk → warning runs one way and after the device's acknowledgement: a draft
/// withdrawn or an automatic Cancel never waits on the desk that called it, and a failing reaction never fails
/// a stored batch.
/// </summary>
[Collection(RiverFlowCollection.Name)]
public sealed class RiverFlowTests(RiverFlowFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_draft_is_withdrawn_when_the_river_returns_to_normal_and_the_ingest_is_answered()
    {
        var (code, river, device) = await NewGaugeAsync(autoIssue: false);
        var start = DateTimeOffset.UtcNow.AddMinutes(-90);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(device, code, Readings(1, start, 5, 140))).StatusCode);
        var warningId = await ActiveWarningAsync(river);
        Assert.Equal(WarningState.Draft, (await WarningAsync(warningId)).State);

        // Back to normal for 40 minutes, far past the 5-minute hold: before, this POST answered 500 after the
        // response timeout (the warning called the desk back while the desk waited on it).
        var normal = await PostAsync(device, code, Readings(10, DateTimeOffset.UtcNow.AddMinutes(-40), 41, 40));

        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Equal(41, (await normal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        var withdrawn = await Eventually.SucceedsAsync(() => WarningAsync(warningId), Patience, w => w.State == WarningState.Withdrawn, "the draft withdrawn");
        Assert.Equal(WarningState.Withdrawn, withdrawn.State);
        Assert.Null(withdrawn.Pending);
        Assert.Null(await app.Grains.GetGrain<IRiverWarningDeskGrain>(river).GetActiveWarningIdAsync());
        Assert.Empty(app.Faults.Failures(code));
    }

    [Fact]
    public async Task In_automatic_mode_the_alert_its_update_and_the_cancel_are_published_without_approval()
    {
        var (code, river, device) = await NewGaugeAsync(autoIssue: true);
        var start = DateTimeOffset.UtcNow.AddMinutes(-90);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(device, code, Readings(1, start, 5, 140))).StatusCode);
        var warningId = await ActiveWarningAsync(river);
        var alert = await Eventually.SucceedsAsync(() => WarningAsync(warningId), Patience, w => w.Messages.Count == 1, "the Alert issued automatically");
        Assert.Equal((WarningState.Active, CapMsgType.Alert), (alert.State, alert.Messages[0].MsgType));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(device, code, Readings(10, start.AddMinutes(10), 5, 190))).StatusCode);
        var update = await Eventually.SucceedsAsync(() => WarningAsync(warningId), Patience, w => w.Messages.Count == 2, "the Update issued automatically");
        Assert.Equal((CapMsgType.Update, SiagaLevel.Siaga1), (update.Messages[1].MsgType, update.Messages[1].Level));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(device, code, Readings(20, DateTimeOffset.UtcNow.AddMinutes(-40), 41, 40))).StatusCode);
        var cancelled = await Eventually.SucceedsAsync(() => WarningAsync(warningId), Patience, w => w.State == WarningState.Cancelled, "the automatic Cancel");
        Assert.Equal(WarningState.Cancelled, cancelled.State);
        Assert.Equal(CapMsgType.Cancel, cancelled.Messages[^1].MsgType);
        Assert.All(cancelled.Messages, m => Assert.Equal(WarningNotes.SystemActor, m.ApprovedBy));
        Assert.Null(await app.Grains.GetGrain<IRiverWarningDeskGrain>(river).GetActiveWarningIdAsync());
        Assert.Empty(app.Faults.Failures(code));
        var supervisor = await app.SignedInAsync("flow.supervisor", Roles.Supervisor);
        var feed = await supervisor.GetStringAsync("/api/v1/warnings/feed");
        Assert.Contains($"/api/v1/warnings/{warningId}/cap?number={cancelled.Messages.Count}", feed);
        Assert.Contains("term=\"Cancel\"", feed);
    }

    [Fact]
    public async Task A_failing_reaction_still_acknowledges_the_batch_and_is_retried_until_it_succeeds()
    {
        var (code, river, device) = await NewGaugeAsync(autoIssue: false);
        app.Faults.FailNext(code, 2);

        var response = await PostAsync(device, code, Readings(1, DateTimeOffset.UtcNow.AddMinutes(-10), 5, 140));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        Assert.NotNull(await ActiveWarningAsync(river));
        Assert.Equal(3, app.Faults.Attempts(code));
        Assert.Equal(2, app.Faults.Failures(code).Count);
        var alarm = await app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("gauge:" + code, "siaga")).GetAsync();
        Assert.NotNull(alarm);
    }

    [Fact]
    public async Task The_reading_count_is_the_ledger_count_after_the_gauge_is_deactivated_and_reactivated()
    {
        var (code, _, device) = await NewGaugeAsync(autoIssue: false);
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        await PostAsync(device, code, Readings(1, start, 10, 40));
        await PostAsync(device, code, Readings(1, start, 10, 40)); // the same batch again: duplicates
        await PostAsync(device, code, Readings(11, start.AddMinutes(10), 5, 41));
        await app.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(15, (await app.Grains.GetGrain<IRiverGaugeGrain>(code).GetStatusAsync())!.ReadingCount);
        await PostAsync(device, code, Readings(16, start.AddMinutes(20), 2, 42));
        await app.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(17, (await app.Grains.GetGrain<IRiverGaugeGrain>(code).GetStatusAsync())!.ReadingCount);
    }

    private async Task<string> ActiveWarningAsync(string river) =>
        (await Eventually.SucceedsAsync(() => app.Grains.GetGrain<IRiverWarningDeskGrain>(river).GetActiveWarningIdAsync(), Patience, id => id is not null, $"a warning opened for {river}"))
        ?? throw new Xunit.Sdk.XunitException($"No warning was opened for {river} within {Patience}.");

    private async Task<WarningView> WarningAsync(string id) => (await app.Grains.GetGrain<IFloodWarningGrain>(id).GetAsync())!;

    private static Task<HttpResponseMessage> PostAsync(HttpClient device, string code, object[] readings) => RiverTestGauges.PostAsync(device, code, readings);

    private static object[] Readings(int firstSeq, DateTimeOffset from, int count, double level) => RiverTestGauges.Readings(firstSeq, from, count, level);

    private Task<(string Code, string River, HttpClient Device)> NewGaugeAsync(bool autoIssue) => RiverTestGauges.NewAsync(app, autoIssue);
}
