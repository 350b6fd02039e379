using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AmbonCC.Bench.Latency;

/// <summary>
/// Follows GET /api/v1/live/rivers as a browser's EventSource would (signed-in cookie, text/event-stream), stamps
/// each event on arrival, and hands (gauge, observedAt) to the <see cref="Recorder"/>.
/// </summary>
internal sealed class LiveListener(HttpClient adminHttp, Recorder recorder)
{
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the response headers arrived (the server flushes them with the first event or earlier).</summary>
    public Task Opened => opened.Task;

    public long Events { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/live/rivers");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await adminHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            opened.TrySetResult();
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var reader = new StreamReader(stream);
            var kind = "message";
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    kind = line[6..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    var at = Stopwatch.GetTimestamp();
                    Events++;
                    Handle(kind, line.AsSpan(5).Trim(), at);
                }
                else if (line.Length == 0)
                {
                    kind = "message";
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The benchmark is over.
        }
        catch (Exception ex)
        {
            opened.TrySetException(ex);
            throw;
        }
    }

    private void Handle(string kind, ReadOnlySpan<char> json, long at)
    {
        using var document = JsonDocument.Parse(json.ToString());
        var root = document.RootElement;
        var subject = root.TryGetProperty("subjectId", out var s) ? s.GetString() ?? "" : "";
        var gauge = subject.StartsWith("BENCH-", StringComparison.Ordinal)
            && int.TryParse(subject.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n - 1 : -1;
        long ticks = 0;
        if (root.TryGetProperty("observedAt", out var o) && o.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(o.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var observed))
        {
            ticks = observed.UtcTicks;
        }

        recorder.Seen(kind, gauge, ticks, at);
    }
}
