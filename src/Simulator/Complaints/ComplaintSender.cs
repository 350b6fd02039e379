using System.Globalization;
using System.Text.Json;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Complaints;

/// <summary>
/// Sends one planned complaint the way its channel's client would: the public chat as a citizen's browser on a
/// city or OPD website (no key), Open311 GeoReport v2 as a partner app (form fields, <c>api_key</c>), and the
/// social-media gateway's webhook call (its key). Every public request first spends a permit of the budget.
/// </summary>
internal sealed class ComplaintSender(ApiClient api, IntakeBudget budget, string? open311Key, string? socialKey, TimeProvider time)
{
    public const string ChatPath = "/api/v1/chat/sessions";
    public const string Open311Path = "/open311/v2/requests.json";
    public const string GatewayPath = "/api/v1/chat/gateway/messages";
    private const int Attempts = 4;

    /// <summary>Simulated typing between two lines of one conversation.</summary>
    public TimeSpan Typing { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Whether a channel can be played with the keys we have (the chat needs none).</summary>
    public bool Plays(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Open311 => open311Key is not null,
        IntakeChannel.Social => socialKey is not null,
        _ => true,
    };

    /// <summary>Sends it; the answer names what the server made of it (a session, a tracking id) or null when refused.</summary>
    public Task<string?> SendAsync(ComplaintScenario c, CancellationToken ct) => c.Channel switch
    {
        IntakeChannel.Open311 => Open311Async(c, ct),
        IntakeChannel.Social => SocialAsync(c, ct),
        _ => ChatAsync(c, ct),
    };

    private async Task<string?> ChatAsync(ComplaintScenario c, CancellationToken ct)
    {
        JsonElement? started = null;
        var result = await PublicAsync(async () =>
        {
            var (r, body) = await api.PostJsonReadAsync(ChatPath, null, new { site = c.Site, name = c.Name, contact = c.Contact }, ct);
            started = body;
            return r;
        }, ct);
        if (result?.Outcome != Outcome.Accepted || started is not { } body || !body.TryGetProperty("session", out var s) || s.GetString() is not { } session)
        {
            return Refused("chat", c, result);
        }

        foreach (var line in c.Lines)
        {
            await Task.Delay(Typing, time, ct);
            result = await PublicAsync(async () => (await api.PostJsonReadAsync($"{ChatPath}/{session}/messages", null, new { text = line }, ct)).Result, ct);
            if (result?.Outcome != Outcome.Accepted)
            {
                return Refused("chat line", c, result);
            }
        }

        if (c.Photo)
        {
            var photo = ComplaintPhoto.Render(c.Category, (int)Stable.Hash(c.Id));
            result = await PublicAsync(() => api.PostBytesAsync($"{ChatPath}/{session}/attachments?name=foto-{c.Category}.jpg", photo, "image/jpeg", ct), ct);
            if (result?.Outcome != Outcome.Accepted)
            {
                Refused("chat photo", c, result);
            }
        }

        return "chat " + session[..8];
    }

    private async Task<string?> Open311Async(ComplaintScenario c, CancellationToken ct)
    {
        var fields = new List<KeyValuePair<string, string>>(Open311Fields(c, open311Key!));
        JsonElement? answer = null;
        var result = await PublicAsync(async () =>
        {
            var (r, body) = await api.PostFormReadAsync(Open311Path, fields, ct);
            answer = body;
            return r;
        }, ct);
        return result?.Outcome == Outcome.Accepted && answer is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
            && list[0].TryGetProperty("service_request_id", out var id)
            ? id.GetString()
            : Refused("open311", c, result);
    }

    /// <summary>The GeoReport v2 fields: service_code, description, a point or an address, and a reporter's name if given.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Open311Fields(ComplaintScenario c, string apiKey)
    {
        yield return new("api_key", apiKey);
        yield return new("service_code", c.Category);
        yield return new("description", c.Description);
        yield return new("device_id", "sim-" + c.Id);
        if (c.ByAddress)
        {
            yield return new("address_string", c.Address);
        }
        else
        {
            yield return new("lat", c.Lat.ToString("0.######", CultureInfo.InvariantCulture));
            yield return new("long", c.Lon.ToString("0.######", CultureInfo.InvariantCulture));
        }

        if (c.Name is { } name)
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            yield return new("first_name", space > 0 ? name[..space] : name);
            if (space > 0)
            {
                yield return new("last_name", name[(space + 1)..]);
            }

            yield return new(c.Contact?.Contains('@', StringComparison.Ordinal) == true ? "email" : "phone", c.Contact ?? "");
        }
    }

    private async Task<string?> SocialAsync(ComplaintScenario c, CancellationToken ct)
    {
        for (var i = 0; i < c.Lines.Count; i++)
        {
            if (i > 0)
            {
                await Task.Delay(Typing, time, ct);
            }

            var message = new { messageId = $"sim-{c.Id}-{i}", network = c.Network, account = c.Account, text = c.Lines[i] };
            var result = await SocialLineAsync(message, ct);
            if (result?.Outcome != Outcome.Accepted)
            {
                return Refused("social", c, result);
            }
        }

        return $"{c.Network} {c.Account}";
    }

    /// <summary>One message through the gateway's key; not public intake, so only retried, never budgeted.</summary>
    public async Task<ApiResult?> SocialLineAsync(object message, CancellationToken ct)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var result = await api.PostJsonAsync(GatewayPath, socialKey!, message, ct);
            if (!result.ShouldRetry)
            {
                return result;
            }

            await Task.Delay(Backoff.Default.Delay(attempt, Random.Shared.NextDouble()), time, ct);
        }

        return null;
    }

    /// <summary>A public request within the budget; a 429 anyway waits out the server's window, a failure backs off.</summary>
    private async Task<ApiResult?> PublicAsync(Func<Task<ApiResult>> send, CancellationToken ct)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await budget.TakeAsync(ct);
            var result = await send();
            if (!result.ShouldRetry)
            {
                return result;
            }

            if (result.Outcome == Outcome.Throttled)
            {
                budget.Exhaust();
            }

            await Task.Delay(result.Outcome == Outcome.Throttled
                ? Backoff.Default.AfterThrottle(attempt, Random.Shared.NextDouble(), result.RetryAfterDelta, result.RetryAfterDate, time.GetUtcNow())
                : Backoff.Default.Delay(attempt, Random.Shared.NextDouble()), time, ct);
        }

        return null;
    }

    private static string? Refused(string what, ComplaintScenario c, ApiResult? result)
    {
        Log.Error("complaints", $"{what} {c.Id} ({c.Category}) → {result?.StatusText ?? "gave up"} {result?.Detail}".TrimEnd());
        return null;
    }
}
