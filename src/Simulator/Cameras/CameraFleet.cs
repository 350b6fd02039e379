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
internal sealed class CameraFleet(ApiClient api, string vmsKey, TimeSpan interval, string? freezeCode, string? dropCode, CancellationToken ct)
{
    private static readonly TimeSpan DropAfter = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan EventEvery = TimeSpan.FromMinutes(3);

    public async Task RunAsync()
    {
        var cameras = await ListAsync();
        if (cameras.Count == 0)
        {
            Log.Error("cameras", "the server lists no cameras; not playing any");
            return;
        }

        var freeze = freezeCode ?? cameras.FirstOrDefault(c => c.Category == "River")?.Code;
        var drop = dropCode ?? cameras.LastOrDefault(c => c.Category == "Road")?.Code;
        Log.Info("cameras", $"{cameras.Count} cameras every {interval.TotalSeconds:0} s; {freeze} freezes, {drop} drops off after {DropAfter.TotalSeconds:0} s");
        var started = DateTimeOffset.UtcNow;
        await Task.WhenAll(cameras.Select(c => PlayAsync(c, c.Code == freeze, c.Code == drop, started)).Append(EventsAsync(cameras)));
    }

    private async Task<List<SimCamera>> ListAsync()
    {
        var list = await api.GetJsonAsync("/api/v1/cameras", vmsKey, ct);
        return list is { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Select((c, i) => new SimCamera(i, c.GetProperty("code").GetString()!, c.GetProperty("name").GetString()!, c.GetProperty("category").GetString()!))]
            : [];
    }

    private async Task PlayAsync(SimCamera camera, bool frozen, bool drops, DateTimeOffset started)
    {
        // Spread the cameras over the interval so that they do not all report in the same second.
        await DelayAsync(interval * camera.Index / 40.0);
        byte[]? still = null;
        while (!ct.IsCancellationRequested)
        {
            if (drops && DateTimeOffset.UtcNow - started > DropAfter)
            {
                Log.Info("cameras", $"{camera.Code} dropped off the network");
                return;
            }

            var now = DateTimeOffset.UtcNow;
            var picture = frozen ? still ??= CameraPictures.Render(camera.Category, camera.Index, now) : CameraPictures.Render(camera.Category, camera.Index, now);
            var hash = Convert.ToHexStringLower(SHA256.HashData(picture));
            var put = await api.PutBytesAsync($"/api/v1/cameras/{camera.Code}/snapshot", vmsKey, picture, "image/jpeg", ct);
            var beat = await api.PostJsonAsync($"/api/v1/cameras/{camera.Code}/heartbeat", vmsKey,
                new { observedAt = now.ToOffset(SimClock.Wit), fps = 15, snapshotHash = hash, recording = true }, ct);
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
