using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AmbonCC.Cameras;

/// <summary>
/// Reads heartbeats and analytics events from JSON with every problem named by its field, so that the API can
/// answer 400 with the field. Limits keep a device from filling the camera's state with junk.
/// </summary>
public static partial class CameraInput
{
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxHeartbeatAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan MaxEventAge = TimeSpan.FromDays(7);
    public const double MaxFps = 240;
    public const int MaxZones = 16;

    [GeneratedRegex("^[A-Za-z0-9+/=:_-]{1,128}$")]
    private static partial Regex HashPattern();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex EventIdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,49}$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[A-Za-z0-9 ._-]{1,64}$")]
    private static partial Regex ZonePattern();

    public static Dictionary<string, string[]> ReadHeartbeat(JsonElement body, DateTimeOffset now, out CameraHeartbeat? heartbeat)
    {
        var errors = new Errors("");
        heartbeat = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Fail("body", "A JSON object.");
            return errors.All;
        }

        var observedAt = errors.Time(body, "observedAt", now - MaxHeartbeatAge, now + MaxFutureSkew, required: true);
        var fps = errors.Number(body, "fps", 0, MaxFps, required: true);
        var hash = errors.Text(body, "snapshotHash", HashPattern(), "1–128 letters, digits or + / = : _ -.");
        var recording = errors.Bool(body, "recording");
        if (errors.All.Count == 0)
        {
            heartbeat = new CameraHeartbeat(observedAt!.Value, fps!.Value, hash, recording!.Value);
        }

        return errors.All;
    }

    /// <summary>Frigate's event message: <c>{type, after: {id, label, ...}}</c>, or the same fields flat beside <c>type</c>.</summary>
    public static Dictionary<string, string[]> ReadEvent(JsonElement body, DateTimeOffset now, out CameraEvent? evt)
    {
        evt = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new Errors("").Fail("body", "A JSON object.").All;
        }

        var nested = body.TryGetProperty("after", out var after) && after.ValueKind == JsonValueKind.Object;
        var fields = nested ? after : body;
        var errors = new Errors(nested ? "after." : "");
        var type = ReadType(body, errors);
        var id = errors.Text(fields, "id", EventIdPattern(), "1–100 letters, digits or . _ : -.", required: true);
        var label = errors.Text(fields, "label", LabelPattern(), "Lower-case letters, digits and _, e.g. flood_water.", required: true);
        var score = errors.Number(fields, fields.TryGetProperty("score", out _) ? "score" : "top_score", 0, 1, required: true);
        var zones = ReadZones(fields, errors);
        var start = errors.Time(fields, "start_time", now - MaxEventAge, now + MaxFutureSkew, required: true);
        var end = errors.Time(fields, "end_time", now - MaxEventAge, now + MaxFutureSkew, required: type == CameraEventType.End);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Fail("end_time", "Not before start_time.");
        }

        var hasSnapshot = fields.TryGetProperty("has_snapshot", out var snap) && snap.ValueKind == JsonValueKind.True;
        if (errors.All.Count == 0)
        {
            evt = new CameraEvent(type!.Value, id!, label!, score!.Value, zones, start!.Value, end, hasSnapshot);
        }

        return errors.All;
    }

    private static CameraEventType? ReadType(JsonElement body, Errors errors)
    {
        var text = body.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        CameraEventType? type = text switch { "new" => CameraEventType.New, "update" => CameraEventType.Update, "end" => CameraEventType.End, _ => null };
        if (type is null)
        {
            errors.Root("type", "One of new, update, end.");
        }

        return type;
    }

    /// <summary>Frigate names the zones an object is in <c>current_zones</c> and those it passed <c>entered_zones</c>.</summary>
    private static List<string> ReadZones(JsonElement fields, Errors errors)
    {
        var name = new[] { "zones", "entered_zones", "current_zones" }.FirstOrDefault(n => fields.TryGetProperty(n, out _));
        if (name is null || fields.GetProperty(name).ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        var array = fields.GetProperty(name);
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() > MaxZones
            || array.EnumerateArray().Any(z => z.ValueKind != JsonValueKind.String || !ZonePattern().IsMatch(z.GetString()!)))
        {
            errors.Fail(name, $"At most {MaxZones} names of 1–64 letters, digits, spaces or . _ -.");
            return [];
        }

        return [.. array.EnumerateArray().Select(z => z.GetString()!)];
    }
}
