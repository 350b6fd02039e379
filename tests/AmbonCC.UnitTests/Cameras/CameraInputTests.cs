using System.Text.Json;
using AmbonCC.Cameras;

namespace AmbonCC.UnitTests.Cameras;

/// <summary>Heartbeat and Frigate event input: every problem is named by its JSON field.</summary>
public sealed class CameraInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void A_good_heartbeat_is_read()
    {
        var errors = CameraInput.ReadHeartbeat(Json("""{"observedAt":"2026-12-01T09:59:00+09:00","fps":12.5,"snapshotHash":"ab12","recording":true}"""), Now, out var hb);

        Assert.Empty(errors);
        Assert.Equal(new CameraHeartbeat(Now.AddMinutes(-1), 12.5, "ab12", true), hb);
    }

    [Theory]
    [InlineData("""{"fps":1,"recording":true}""", "observedAt")]
    [InlineData("""{"observedAt":"2026-12-01T10:00:00","fps":1,"recording":true}""", "observedAt")]
    [InlineData("""{"observedAt":"2026-12-01T11:00:00+09:00","fps":1,"recording":true}""", "observedAt")]
    [InlineData("""{"observedAt":"2026-11-01T10:00:00+09:00","fps":1,"recording":true}""", "observedAt")]
    [InlineData("""{"observedAt":"2026-12-01T10:00:00+09:00","fps":-1,"recording":true}""", "fps")]
    [InlineData("""{"observedAt":"2026-12-01T10:00:00+09:00","fps":"fast","recording":true}""", "fps")]
    [InlineData("""{"observedAt":"2026-12-01T10:00:00+09:00","fps":1,"recording":"yes"}""", "recording")]
    [InlineData("""{"observedAt":"2026-12-01T10:00:00+09:00","fps":1,"recording":true,"snapshotHash":"<script>"}""", "snapshotHash")]
    [InlineData("""[1]""", "body")]
    public void A_bad_heartbeat_names_the_field(string body, string field)
    {
        var errors = CameraInput.ReadHeartbeat(Json(body), Now, out var hb);

        Assert.Null(hb);
        Assert.Equal(field, Assert.Single(errors).Key);
    }

    [Fact]
    public void Frigate_nested_events_with_unix_times_are_read()
    {
        var body = """{"type":"end","before":{},"after":{"id":"1733014800.1-abc","label":"flood_water","top_score":0.82,"entered_zones":["tepi"],"start_time":1733014800.5,"end_time":1733015000,"has_snapshot":true}}""";

        var errors = CameraInput.ReadEvent(Json(body), Now.AddYears(-2).AddDays(1), out var evt);

        Assert.Empty(errors);
        Assert.Equal(CameraEventType.End, evt!.Type);
        Assert.Equal(["tepi"], evt.Zones);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1733014800500), evt.StartTime);
        Assert.True(evt.HasSnapshot);
    }

    [Theory]
    [InlineData("""{"type":"begin","id":"e1","label":"crowd","score":0.9,"start_time":"2026-12-01T09:00:00+09:00"}""", "type")]
    [InlineData("""{"type":"new","label":"crowd","score":0.9,"start_time":"2026-12-01T09:00:00+09:00"}""", "id")]
    [InlineData("""{"type":"new","id":"e1","label":"Crowd!","score":0.9,"start_time":"2026-12-01T09:00:00+09:00"}""", "label")]
    [InlineData("""{"type":"new","id":"e1","label":"crowd","score":1.5,"start_time":"2026-12-01T09:00:00+09:00"}""", "score")]
    [InlineData("""{"type":"new","id":"e1","label":"crowd","score":0.9,"zones":"north","start_time":"2026-12-01T09:00:00+09:00"}""", "zones")]
    [InlineData("""{"type":"end","id":"e1","label":"crowd","score":0.9,"start_time":"2026-12-01T09:00:00+09:00"}""", "end_time")]
    [InlineData("""{"type":"end","id":"e1","label":"crowd","score":0.9,"start_time":"2026-12-01T09:00:00+09:00","end_time":"2026-12-01T08:00:00+09:00"}""", "end_time")]
    [InlineData("""{"type":"new","after":{"id":"e1","label":"crowd","score":0.9}}""", "after.start_time")]
    public void A_bad_event_names_the_field(string body, string field)
    {
        var errors = CameraInput.ReadEvent(Json(body), Now, out var evt);

        Assert.Null(evt);
        Assert.Equal(field, Assert.Single(errors).Key);
    }
}
