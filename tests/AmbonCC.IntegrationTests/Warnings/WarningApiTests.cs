using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>
/// A Supervisor's verbs on a warning through the API: reject, cancel, approve, each refused when there is nothing
/// to act on, and the list with and without the closed warnings. Every test floods a river of its own.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WarningApiTests(WebAppFixture app)
{
    [Fact]
    public async Task Rejecting_the_draft_withdraws_it_and_publishes_nothing()
    {
        var river = await TestRiver.RegisterAsync(app);
        var id = await river.RaiseDraftAsync();
        var supervisor = await SupervisorAsync();

        var noReason = await supervisor.PostAsJsonAsync($"/api/v1/warnings/{id}/reject", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(WarningState.Draft, (await river.Warning(id).GetAsync())!.State);

        var rejected = await supervisor.PostAsJsonAsync($"/api/v1/warnings/{id}/reject", new { reason = "Sensor dibersihkan, bukan banjir" });

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var warning = (await river.Warning(id).GetAsync())!;
        Assert.Equal(WarningState.Withdrawn, warning.State);
        Assert.Null(warning.Pending);
        Assert.Empty(warning.Messages);
        Assert.Contains(warning.Timeline, t => t.Code == WarningNotes.ProposalRejected && t.Args!.Contains("Sensor dibersihkan, bukan banjir") && t.Actor == "dewi.supervisor");
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/v1/warnings/{id}/cap")).StatusCode);
        Assert.Null(await app.Grains.GetGrain<IRiverWarningDeskGrain>(river.Name).GetActiveWarningIdAsync());
        await AssertConflictAsync(supervisor.PostAsJsonAsync($"/api/v1/warnings/{id}/reject", new { reason = "lagi" }), id, warning);
    }

    [Fact]
    public async Task Approving_or_rejecting_when_nothing_is_pending_is_a_conflict_and_changes_nothing()
    {
        var river = await TestRiver.RegisterAsync(app);
        var id = await river.RaiseDraftAsync();
        var supervisor = await SupervisorAsync();
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/warnings/{id}/approve", null)).StatusCode);
        var active = (await river.Warning(id).GetAsync())!;
        Assert.Equal(WarningState.Active, active.State);
        Assert.Null(active.Pending);

        await AssertConflictAsync(supervisor.PostAsync($"/api/v1/warnings/{id}/approve", null), id, active);
        await AssertConflictAsync(supervisor.PostAsJsonAsync($"/api/v1/warnings/{id}/reject", new { reason = "tidak ada usulan" }), id, active);
    }

    [Fact]
    public async Task Cancelling_an_active_warning_publishes_a_Cancel_and_only_an_active_one_can_be_cancelled()
    {
        var river = await TestRiver.RegisterAsync(app);
        var id = await river.RaiseDraftAsync();
        var supervisor = await SupervisorAsync();

        // A draft has nothing published to cancel: it is rejected instead.
        var draft = (await river.Warning(id).GetAsync())!;
        await AssertConflictAsync(supervisor.PostAsJsonAsync($"/api/v1/warnings/{id}/cancel", new { reason = "salah alarm" }), id, draft);

        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/warnings/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.PostAsJsonAsync($"/api/v1/warnings/{id}/cancel", new { reason = "" })).StatusCode);
        Assert.Equal(WarningState.Active, (await river.Warning(id).GetAsync())!.State);

        var cancelled = await supervisor.PostAsJsonAsync($"/api/v1/warnings/{id}/cancel", new { reason = "Air surut, dicek petugas di lokasi" });

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var warning = (await river.Warning(id).GetAsync())!;
        Assert.Equal(WarningState.Cancelled, warning.State);
        Assert.Equal([CapMsgType.Alert, CapMsgType.Cancel], warning.Messages.Select(m => m.MsgType));
        var cap = CapXml.Parse(await app.Anonymous().GetStringAsync($"/api/v1/warnings/{id}/cap"));
        Assert.Equal(CapMsgType.Cancel, cap.MsgType);
        Assert.Contains(cap.References, r => r.Identifier == $"ambon-cc.{id}.1");
        Assert.Null(await app.Grains.GetGrain<IRiverWarningDeskGrain>(river.Name).GetActiveWarningIdAsync());
        await AssertConflictAsync(supervisor.PostAsJsonAsync($"/api/v1/warnings/{id}/cancel", new { reason = "lagi" }), id, warning);
        await AssertConflictAsync(supervisor.PostAsync($"/api/v1/warnings/{id}/approve", null), id, warning);
    }

    [Fact]
    public async Task The_list_shows_closed_warnings_only_when_asked()
    {
        var open = await TestRiver.RegisterAsync(app);
        var openId = await open.RaiseDraftAsync();
        var closed = await TestRiver.RegisterAsync(app);
        var closedId = await closed.RaiseDraftAsync();
        var supervisor = await SupervisorAsync();
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/warnings/{closedId}/reject", new { reason = "uji" })).StatusCode);

        var current = await ListAsync(supervisor, "/api/v1/warnings");
        var explicitlyCurrent = await ListAsync(supervisor, "/api/v1/warnings?includeClosed=false");
        var all = await ListAsync(supervisor, "/api/v1/warnings?includeClosed=true");

        Assert.Equal("Draft", current[openId]);
        Assert.False(current.ContainsKey(closedId));
        Assert.Equal(current.Keys.Order(), explicitlyCurrent.Keys.Order());
        Assert.Equal("Draft", all[openId]);
        Assert.Equal("Withdrawn", all[closedId]);
        Assert.All(current.Values, state => Assert.Contains(state, new[] { "Draft", "Active" }));
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/v1/warnings?includeClosed=maybe")).StatusCode);
    }

    [Fact]
    public async Task Only_a_Supervisor_acts_and_an_unknown_warning_is_404()
    {
        var river = await TestRiver.RegisterAsync(app);
        var id = await river.RaiseDraftAsync();
        var draft = (await river.Warning(id).GetAsync())!;
        var operatorClient = await app.SignedInAsync("yanti.operator", Roles.Operator);

        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostAsync($"/api/v1/warnings/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostAsJsonAsync($"/api/v1/warnings/{id}/reject", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostAsJsonAsync($"/api/v1/warnings/{id}/cancel", new { reason = "x" })).StatusCode);
        Assert.Equal(Summary(draft), Summary((await river.Warning(id).GetAsync())!));

        var supervisor = await SupervisorAsync();
        var unknown = "NOSUCH-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsync($"/api/v1/warnings/{unknown}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync($"/api/v1/warnings/{unknown}/reject", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync($"/api/v1/warnings/{unknown}/cancel", new { reason = "x" })).StatusCode);
    }

    private Task<HttpClient> SupervisorAsync() => app.SignedInAsync("dewi.supervisor", Roles.Supervisor);

    /// <summary>409 problem+json, and the warning is exactly as it was.</summary>
    private async Task AssertConflictAsync(Task<HttpResponseMessage> call, string id, WarningView before)
    {
        var response = await call;
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Summary(before), Summary((await app.Grains.GetGrain<IFloodWarningGrain>(id).GetAsync())!));
    }

    /// <summary>What an action could change: state, messages, the proposal and the timeline's length.</summary>
    private static string Summary(WarningView w) =>
        $"{w.State} | {string.Join(",", w.Messages.Select(m => m.MsgType))} | {w.Pending?.MsgType} | {w.Timeline.Count}";

    private static async Task<Dictionary<string, string>> ListAsync(HttpClient client, string url)
    {
        var list = await client.GetFromJsonAsync<JsonElement>(url);
        return list.EnumerateArray().ToDictionary(w => w.GetProperty("id").GetString()!, w => w.GetProperty("state").GetString()!);
    }
}
