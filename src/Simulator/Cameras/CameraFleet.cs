using System.Security.Cryptography;
using System.Text.Json;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Cameras;

/// <summary>One seeded camera as the server lists it.</summary>
internal sealed record SimCamera(int Index, string Code, string Name, string Category);

/// <summary>
/// The city's cameras as their VMS reports them: a heartbeat and a fresh picture per camera every interval, one
/// camera whose picture freezes, one that drops off the network, and analytics events (Frigate's shape) now and
/// then: garbage overflowing at a waste site, a traffic jam on a road, water on a river camera.
/// </summary>
internal sealed class CameraFleet(ApiClient api, SimClock clock, string vmsKey, TimeSpan interval, string? freezeCode, string? dropCode, CancellationToken ct)
{
    private static readonly TimeSpan DropAfter = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan EventEvery = TimeSpan.FromMinutes(3);

    private List<SimCamera> cameras = [];
    private string? freeze;
    private string? drop;
    private byte[]? still;
    private DateTimeOffset started;

    /// <summary>Loads the cameras from the server; false when there are none to play.</summary>
    public async Task<bool> LoadAsync()
    {
        cameras = await ListAsync();
        if (cameras.Count == 0)
        {
            Log.Error("cameras", "the server lists no cameras; not playing any");
            return false;
        }

        freeze = freezeCode ?? cameras.FirstOrDefault(c => c.Category == "River")?.Code;
        drop = dropCode ?? cameras.LastOrDefault(c => c.Category == "Road")?.Code;
        started = DateTimeOffset.UtcNow;
        Log.Info("cameras", $"{cameras.Count} cameras every {interval.TotalSeconds:0} s; {freeze} freezes, {drop} drops off after {DropAfter.TotalSeconds:0} s");
        return true;
    }

    /// <summary>Plays until stopped; a stop in the middle of a call ends the run quietly.</summary>
    public async Task RunAsync()
    {
        try
        {
            await Task.WhenAll(cameras.Select(PlayAsync).Append(EventsAsync(cameras)));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    public SimCamera? Find(string code) => cameras.Find(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>What the camera sees now: the frozen one always the same picture, the dropped one nothing.</summary>
    public byte[]? Picture(SimCamera camera)
    {
        var now = clock.WallNow;
        if (camera.Code == drop && now - started > DropAfter)
        {
            return null;
        }

        return camera.Code == freeze
            ? still ??= CameraPictures.Render(camera.Category, camera.Index, started)
            : CameraPictures.Render(camera.Category, camera.Index, now);
    }

    private async Task<List<SimCamera>> ListAsync()
    {
        var list = await api.GetJsonAsync("/api/v1/cameras", vmsKey, ct);
        return list is { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Select((c, i) => new SimCamera(i, c.GetProperty("code").GetString()!, c.GetProperty("name").GetString()!, c.GetProperty("category").GetString()!))]
            : [];
    }

    private async Task PlayAsync(SimCamera camera)
    {
        // Spread the cameras over the interval so that they do not all report in the same second.
        await DelayAsync(interval * camera.Index / 40.0);
        while (!ct.IsCancellationRequested)
        {
            var now = clock.WallNow;
            if (Picture(camera) is not { } picture)
            {
                Log.Info("cameras", $"{camera.Code} dropped off the network");
                return;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(picture));
            var put = await api.PutBytesAsync($"/api/v1/cameras/{camera.Code}/snapshot", vmsKey, picture, "image/jpeg", ct);
            var beat = await api.PostJsonAsync($"/api/v1/cameras/{camera.Code}/heartbeat", vmsKey,
                new { observedAt = now, fps = 15, snapshotHash = hash, recording = true }, ct);
            foreach (var result in new[] { put, beat }.Where(r => r.Outcome != Outcome.Accepted))
            {
                Log.Error("cameras", $"{camera.Code}: {result.StatusText} {result.Detail}");
            }

            await DelayAsync(interval);
        }
    }

    private async Task EventsAsync(List<SimCamera> cameras)
    {
        var random = new Random(10);
        var plays = new (string Category, string Label)[] { ("Waste", "garbage_overflow"), ("Road", "traffic_jam"), ("River", "flood_water") };
        for (var round = 0; !ct.IsCancellationRequested; round++)
        {
            await DelayAsync(EventEvery);
            if (ct.IsCancellationRequested)
            {
                return;
            }

            var (category, label) = plays[round % plays.Length];
            var candidates = cameras.Where(c => c.Category == category).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var camera = candidates[random.Next(candidates.Count)];
            var start = DateTimeOffset.UtcNow;
            var id = $"{start.ToUnixTimeMilliseconds() / 1000.0:0.000}-{random.Next(100000, 999999)}";
            Log.Info("cameras", $"{camera.Code}: {label} ({id})");
            await SendEventAsync(camera, "new", id, label, 0.82, start, null);
            await DelayAsync(TimeSpan.FromSeconds(40));
            await SendEventAsync(camera, "update", id, label, 0.9, start, null);
            await DelayAsync(TimeSpan.FromSeconds(80));
            await SendEventAsync(camera, "end", id, label, 0.9, start, DateTimeOffset.UtcNow);
        }
    }

    private async Task SendEventAsync(SimCamera camera, string type, string id, string label, double score, DateTimeOffset start, DateTimeOffset? end)
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = type,
            ["after"] = new Dictionary<string, object?>
            {
                ["id"] = id, ["camera"] = camera.Code, ["label"] = label, ["score"] = score, ["top_score"] = score,
                ["entered_zones"] = new[] { "area" }, ["start_time"] = start.ToUnixTimeMilliseconds() / 1000.0,
                ["end_time"] = end is { } e ? e.ToUnixTimeMilliseconds() / 1000.0 : null, ["has_snapshot"] = true,
            },
        };
        var result = await api.PostJsonAsync($"/api/v1/cameras/{camera.Code}/events", vmsKey, body, ct);
        if (result.Outcome != Outcome.Accepted)
        {
            Log.Error("cameras", $"{camera.Code} event {type}: {result.StatusText} {result.Detail}");
        }
    }

    private async Task DelayAsync(TimeSpan wait)
    {
        try
        {
            await Task.Delay(wait, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
