using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AmbonCC.Simulator.Http;

internal enum Outcome
{
    /// <summary>2xx: the server has it durably.</summary>
    Accepted,

    /// <summary>400 and other bad-input 4xx: resending the same thing cannot help; log it and move on.</summary>
    Rejected,

    /// <summary>429 or 503: the server asks us to slow down (Retry-After).</summary>
    Throttled,

    /// <summary>Network error, timeout, 5xx, or a key/endpoint not in place (401/403/404): try again later with backoff.</summary>
    Failed,
}

internal sealed record ApiResult(Outcome Outcome, int Status, string Detail, TimeSpan Latency, TimeSpan? RetryAfterDelta = null, DateTimeOffset? RetryAfterDate = null)
{
    public bool ShouldRetry => Outcome is Outcome.Throttled or Outcome.Failed;

    public string StatusText => Status == 0 ? "network" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The few calls a device or gateway makes, each classified the way a device must react to it.</summary>
internal sealed class ApiClient(HttpClient http, Uri baseUrl)
{
    public const string KeyHeader = "X-Api-Key";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Uri BaseUrl => baseUrl;

    /// <summary>Devices and gateways speak HTTP/1.1 with a pool of keep-alive connections.</summary>
    public static HttpClient CreateHttp(int maxConnections, TimeSpan timeout) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = maxConnections,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AllowAutoRedirect = true,
    })
    {
        Timeout = timeout,
        DefaultRequestVersion = HttpVersion.Version11,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    public Uri Resolve(string relativeOrAbsolute) => new(baseUrl, relativeOrAbsolute);

    public Task<ApiResult> PostJsonAsync<T>(string path, string apiKey, T body, CancellationToken ct) =>
        SendAsync(() => JsonPost(path, apiKey, body), ct);

    /// <summary>
    /// A JSON POST whose answer body the caller reads (a terminal learns its status from a heartbeat, a citizen
    /// the chat's session id). A null key sends none: the public chat is anonymous.
    /// </summary>
    public async Task<(ApiResult Result, JsonElement? Body)> PostJsonReadAsync<T>(string path, string? apiKey, T body, CancellationToken ct)
    {
        JsonElement? answer = null;
        var result = await SendAsync(() => JsonPost(path, apiKey, body), ct, async response => answer = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct));
        return (result, answer);
    }

    /// <summary>An HTML-form POST (Open311 GeoReport v2 takes its fields and <c>api_key</c> this way), reading the answer.</summary>
    public async Task<(ApiResult Result, JsonElement? Body)> PostFormReadAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        JsonElement? answer = null;
        var result = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, Resolve(path)) { Content = new FormUrlEncodedContent(fields) }, ct,
            async response => answer = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct));
        return (result, answer);
    }

    /// <summary>A file as the body without a key (a reporter's photo in the public chat).</summary>
    public Task<ApiResult> PostBytesAsync(string path, byte[] body, string contentType, CancellationToken ct) =>
        SendAsync(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            return new HttpRequestMessage(HttpMethod.Post, Resolve(path)) { Content = content };
        }, ct);

    private HttpRequestMessage JsonPost<T>(string path, string? apiKey, T body)
    {
        // Serialised up front so the request has a Content-Length, as a small device's HTTP stack sends it.
        var request = new HttpRequestMessage(HttpMethod.Post, Resolve(path))
        {
            Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Add(KeyHeader, apiKey);
        }

        return request;
    }

    /// <summary>A binary upload (a camera's picture) with its content type.</summary>
    public Task<ApiResult> PutBytesAsync(string path, string apiKey, byte[] body, string contentType, CancellationToken ct) =>
        SendAsync(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            return new HttpRequestMessage(HttpMethod.Put, Resolve(path)) { Content = content, Headers = { { KeyHeader, apiKey } } };
        }, ct);

    public Task<ApiResult> GetAsync(Uri url, string? apiKey, CancellationToken ct) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (apiKey is not null)
            {
                request.Headers.Add(KeyHeader, apiKey);
            }

            return request;
        }, ct);

    /// <summary>A body-less POST, as the acknowledgement page's button sends it (its GET only shows the button).</summary>
    public Task<ApiResult> PostAsync(Uri url, CancellationToken ct) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url), ct);

    /// <summary>GET returning the parsed JSON body, or null on any failure (the caller falls back).</summary>
    public async Task<JsonElement?> GetJsonAsync(string path, string apiKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Resolve(path)) { Headers = { { KeyHeader, apiKey } } };
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            Log.Error("api", $"GET {path} → {(int)response.StatusCode}");
            return null;
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
    }

    /// <summary>
    /// How a device reacts to a status. Bad input (400, 413, 422 ...) is dropped: resending cannot fix it. A key
    /// not (yet) accepted or an endpoint not (yet) there (401, 403, 404) is a deployment problem someone will fix,
    /// so a logger keeps its data and retries slowly rather than throw readings away.
    /// </summary>
    public static Outcome Classify(int status) => status switch
    {
        >= 200 and < 300 => Outcome.Accepted,
        429 or 503 => Outcome.Throttled,
        401 or 403 or 404 or 408 or >= 500 => Outcome.Failed,
        _ => Outcome.Rejected,
    };

    private async Task<ApiResult> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct, Func<HttpResponseMessage, Task>? readAccepted = null)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = build();
            using var response = await http.SendAsync(request, ct);
            var latency = Stopwatch.GetElapsedTime(started);
            var status = (int)response.StatusCode;
            if (Classify(status) == Outcome.Accepted)
            {
                if (readAccepted is not null)
                {
                    await readAccepted(response);
                }

                return new ApiResult(Outcome.Accepted, status, "", latency);
            }

            var body = await response.Content.ReadAsStringAsync(ct);
            var detail = body.Length > 300 ? body[..300] + "…" : body;
            return new ApiResult(Classify(status), status, detail.ReplaceLineEndings(" "), latency, response.Headers.RetryAfter?.Delta, response.Headers.RetryAfter?.Date);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new ApiResult(Outcome.Failed, 0, ex.Message, Stopwatch.GetElapsedTime(started));
        }
    }
}
