using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Platform;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Cameras;

/// <summary>Heartbeats, health alarms on the incident queue, events, snapshots, key scoping and bad input.</summary>
[Collection(CameraCollection.Name)]
public sealed class CameraApiTests(CameraWebFixture app)
{
    // Shorter than Orleans' 30 s call timeout: a camera deadlocked with the incident it opens would miss it.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static object Beat(DateTimeOffset at, string hash = "h1", double fps = 15, bool recording = true) =>
        new { observedAt = at, fps, snapshotHash = hash, recording };

    private Task<AlarmView?> AlarmAsync(string code, string type) =>
        app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("camera:" + code, type)).GetAsync();

    [Fact]
    public async Task A_camera_is_unknown_until_its_first_heartbeat_then_online()
    {
        var (code, device) = await app.NewCameraAsync();
        Assert.Equal(CameraHealth.Unknown, (await app.Grains.GetGrain<ICameraGrain>(code).GetStatusAsync())!.Health);

        var response = await device.PostAsJsonAsync($"/api/v1/cameras/{code}/heartbeat", Beat(DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Online", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("health").GetString());
    }

    [Fact]
    public async Task Silence_raises_an_offline_alarm_on_the_incident_queue_and_a_heartbeat_clears_it()
    {
        var (code, device) = await app.NewCameraAsync();
        await device.PostAsJsonAsync($"/api/v1/cameras/{code}/heartbeat", Beat(DateTimeOffset.UtcNow));

        var alarm = await Eventually.SucceedsAsync(() => AlarmAsync(code, "offline"), Wait, a => a is { Active: true, IncidentId: not null }, "the offline alarm with its incident");
        var incident = await app.Grains.GetGrain<IIncidentGrain>(alarm!.IncidentId!).GetAsync();
        Assert.Contains(incident!.Links, l => l.Kind == IncidentLinkKind.Camera && l.Id == code);
        Assert.Contains(await app.Grains.GetGrain<ICameraGrain>(code).GetTimelineAsync(), t => t.Kind == "offline");

        await device.PostAsJsonAsync($"/api/v1/cameras/{code}/heartbeat", Beat(DateTimeOffset.UtcNow, "h2"));
        await Eventually.SucceedsAsync(() => AlarmAsync(code, "offline"), Wait, a => a is { Active: false }, "the offline alarm cleared");
    }

    [Fact]
    public async Task The_same_picture_for_the_frozen_time_raises_a_frozen_alarm()
    {
        var (code, device) = await app.NewCameraAsync();
        var now = DateTimeOffset.UtcNow;
        await device.PostAsJsonAsync($"/api/v1/cameras/{code}/heartbeat", Beat(now.AddMinutes(-2), "still"));

        var status = await (await device.PostAsJsonAsync($"/api/v1/cameras/{code}/heartbeat", Beat(now, "still"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Frozen", status.GetProperty("health").GetString());
        await Eventually.SucceedsAsync(() => AlarmAsync(code, "frozen"), Wait, a => a is { Active: true, IncidentId: not null }, "the frozen alarm");
    }

    [Fact]
    public async Task An_event_is_taken_once_and_a_relevant_one_opens_an_incident_that_its_end_clears()
    {
        var (code, device) = await app.NewCameraAsync(CameraCategory.Waste, vms: "vms-" + Guid.NewGuid().ToString("N")[..6]);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds() / 1000.0;
        var evt = new { type = "new", after = new { id = "ev-" + code, label = "garbage_overflow", score = 0.9, entered_zones = new[] { "tps" }, start_time = start } };

        var first = await (await device.PostAsJsonAsync($"/api/v1/cameras/{code}/events", evt)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await device.PostAsJsonAsync($"/api/v1/cameras/{code}/events", evt)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Accepted", first.GetProperty("outcome").GetString());
        Assert.Equal("Duplicate", again.GetProperty("outcome").GetString());
        var alarm = await Eventually.SucceedsAsync(() => AlarmAsync(code, "garbage_overflow"), Wait, a => a is { Active: true, IncidentId: not null }, "the garbage alarm");
        Assert.Equal(1, alarm!.Count);

        var end = new { type = "end", after = new { id = "ev-" + code, label = "garbage_overflow", score = 0.9, start_time = start, end_time = start + 30 } };
        await device.PostAsJsonAsync($"/api/v1/cameras/{code}/events", end);
        await Eventually.SucceedsAsync(() => AlarmAsync(code, "garbage_overflow"), Wait, a => a is { Active: false }, "the alarm cleared by the end");
    }

    [Fact]
    public async Task A_label_below_its_category_score_is_only_recorded()
    {
        var (code, device) = await app.NewCameraAsync(CameraCategory.Road);
        var evt = new { type = "new", id = "low-" + code, label = "traffic_jam", score = 0.2, start_time = DateTimeOffset.UtcNow.AddMinutes(-1) };

        var result = await (await device.PostAsJsonAsync($"/api/v1/cameras/{code}/events", evt)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Ignored", result.GetProperty("outcome").GetString());
        Assert.Contains(await app.Grains.GetGrain<ICameraGrain>(code).GetTimelineAsync(), t => t.Kind == "event-ignored");
    }

    [Fact]
    public async Task A_river_cameras_flood_water_joins_the_rivers_flood_incident()
    {
        var river = "Wai Uji " + Guid.NewGuid().ToString("N")[..6];
        // The river's flood incident, opened the way a gauge's level alarm opens it.
        var gaugeAlarm = await app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("gauge:G-" + river, "siaga")).RaiseAsync(new AlarmRaise(
            "gauge:G-" + river, "siaga", AlarmSeverity.Major, "Siaga 2", new Dictionary<string, string>(), new AlarmArea([CameraWebFixture.Kelurahan]),
            "river:" + river, DateTimeOffset.UtcNow, "Banjir " + river));
        var (code, device) = await app.NewCameraAsync(CameraCategory.River, site: river);

        await device.PostAsJsonAsync($"/api/v1/cameras/{code}/events",
            new { type = "new", id = "fw-" + code, label = "flood_water", score = 0.8, start_time = DateTimeOffset.UtcNow.AddMinutes(-1) });

        var alarm = await Eventually.SucceedsAsync(() => AlarmAsync(code, "flood_water"), Wait, a => a is { IncidentId: not null }, "the flood_water alarm");
        Assert.Equal(gaugeAlarm.IncidentId, alarm!.IncidentId);
        // The camera notes the incident once the alarm has answered it.
        await Eventually.SucceedsAsync(() => app.Grains.GetGrain<ICameraGrain>(code).GetStatusAsync(), Wait,
            s => s!.IncidentIds.Contains(gaugeAlarm.IncidentId!), "the camera listing the river's incident");
    }

    [Fact]
    public async Task A_key_speaks_only_for_its_own_camera_or_its_own_vms()
    {
        var vms = "vms-" + Guid.NewGuid().ToString("N")[..6];
        var (mine, _) = await app.NewCameraAsync(vms: vms);
        var (other, _) = await app.NewCameraAsync(vms: "vms-other");
        var (_, otherDevice) = await app.NewCameraAsync();
        var vmsKey = await app.KeyClientAsync("vms:" + vms, ApiScopes.Vms);
        var operatorClient = await app.SignedInAsync("cam.operator", Roles.Operator);

        Assert.Equal(HttpStatusCode.Forbidden, (await otherDevice.PostAsJsonAsync($"/api/v1/cameras/{mine}/heartbeat", Beat(DateTimeOffset.UtcNow))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vmsKey.PostAsJsonAsync($"/api/v1/cameras/{other}/heartbeat", Beat(DateTimeOffset.UtcNow))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostAsJsonAsync($"/api/v1/cameras/{mine}/heartbeat", Beat(DateTimeOffset.UtcNow))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await vmsKey.PostAsJsonAsync($"/api/v1/cameras/{mine}/heartbeat", Beat(DateTimeOffset.UtcNow))).StatusCode);
        Assert.Equal(CameraHealth.Unknown, (await app.Grains.GetGrain<ICameraGrain>(other).GetStatusAsync())!.Health);
    }

    [Theory]
    [InlineData("heartbeat", """{"fps":1,"recording":true}""", "observedAt")]
    [InlineData("heartbeat", """{"observedAt":"NOW","fps":1000,"recording":true}""", "fps")]
    [InlineData("heartbeat", """{"observedAt":"NOW","fps":1,"recording":true""", "body")]
    [InlineData("events", """{"type":"new","id":"x","label":"crowd","score":2,"start_time":"NOW"}""", "score")]
    [InlineData("events", """{"type":"later","id":"x","label":"crowd","score":0.5,"start_time":"NOW"}""", "type")]
    public async Task Bad_input_gets_400_naming_the_field(string path, string body, string field)
    {
        var (code, device) = await app.NewCameraAsync();
        body = body.Replace("NOW", DateTimeOffset.UtcNow.ToString("O"), StringComparison.Ordinal);

        var response = await device.PostAsync($"/api/v1/cameras/{code}/{path}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors: {errors}");
        Assert.Equal(CameraHealth.Unknown, (await app.Grains.GetGrain<ICameraGrain>(code).GetStatusAsync())!.Health);
    }

    [Fact]
    public async Task Heartbeats_go_through_the_device_ingest_one_or_a_batch_with_errors_by_path()
    {
        var (code, device) = await app.NewCameraAsync();
        var now = DateTimeOffset.UtcNow;
        var url = $"/api/v1/cameras/{code}/heartbeat";

        var notJson = await device.PostAsync(url, new StringContent("fps=1", Encoding.UTF8, "text/plain"));
        var badItem = await device.PostAsJsonAsync(url, new object[] { Beat(now.AddSeconds(-2)), new { observedAt = now, fps = -1, recording = true } });
        var batch = await device.PostAsJsonAsync(url, new[] { Beat(now.AddSeconds(-2), "a"), Beat(now, "b") });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badItem.StatusCode);
        Assert.True((await badItem.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("[1].fps", out _));
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        var answer = await batch.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, answer.GetProperty("accepted").GetInt32());
        Assert.Equal("Online", answer.GetProperty("health").GetString());
    }

    [Fact]
    public async Task A_snapshot_is_stored_served_to_staff_only_and_checked_for_type_and_size()
    {
        var (code, device) = await app.NewCameraAsync();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9];

        Assert.Equal(HttpStatusCode.OK, (await device.PutAsync($"/api/v1/cameras/{code}/snapshot", CameraWebFixture.Jpeg(jpeg))).StatusCode);
        var staff = await app.SignedInAsync("cam.viewer", Roles.OpdStaff, "DLHP");
        Assert.Equal(jpeg, await staff.GetByteArrayAsync($"/api/v1/cameras/{code}/snapshot"));
        Assert.Equal(HttpStatusCode.Forbidden, (await device.GetAsync($"/api/v1/cameras/{code}/snapshot")).StatusCode);
        Assert.NotNull((await app.Grains.GetGrain<ICameraGrain>(code).GetStatusAsync())!.Snapshot);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await device.PutAsync($"/api/v1/cameras/{code}/snapshot", new StringContent("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await device.PutAsync($"/api/v1/cameras/{code}/snapshot", CameraWebFixture.Jpeg([1, 2, 3, 4, 5]))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await device.PutAsync($"/api/v1/cameras/{code}/snapshot", CameraWebFixture.Jpeg([0xFF, 0xD8, 0xFF, .. new byte[5000]]))).StatusCode);
    }

    [Fact]
    public async Task The_list_shows_every_seeded_camera_with_its_status()
    {
        var key = await app.KeyClientAsync("opd:DISHUB", ApiScopes.Opd);

        var list = await key.GetFromJsonAsync<JsonElement>("/api/v1/cameras");

        Assert.True(list.GetArrayLength() >= 32);
        Assert.All(list.EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("status").GetString())));
    }
}
