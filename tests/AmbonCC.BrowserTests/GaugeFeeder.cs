using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace AmbonCC.BrowserTests;

/// <summary>
/// Plays the field device of a gauge that one test registered for itself (see <see cref="BrowserFixture.NewGaugeAsync"/>)
/// against the real ingest API with its device key. The gauge is the test's alone, so its sequence numbers and
/// its band start fresh, whatever other tests did before.
/// </summary>
public sealed class GaugeFeeder(string baseUrl, string code, string riverName, string apiKey) : IDisposable
{
    private static readonly TimeSpan Wit = TimeSpan.FromHours(9);
    private readonly HttpClient http = new() { BaseAddress = new Uri(baseUrl), DefaultRequestHeaders = { { "X-Api-Key", apiKey } } };
    private long nextSeq;
    private DateTimeOffset lastObserved = DateTimeOffset.MinValue;

    public string Code => code;

    public string RiverName => riverName;

    public async Task<GaugeSnapshot> StatusAsync()
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/gauges/{code}"));
        var root = document.RootElement;
        var thresholds = root.GetProperty("thresholds");
        return new GaugeSnapshot(
            root.GetProperty("band").ToString(),
            thresholds.GetProperty("siaga3Cm").GetDouble(),
            thresholds.GetProperty("siaga2Cm").GetDouble(),
            thresholds.GetProperty("siaga1Cm").GetDouble());
    }

    /// <summary>Posts a rise from <paramref name="fromCm"/> to <paramref name="toCm"/> spread over the last minutes.</summary>
    public async Task RiseAsync(double fromCm, double toCm, int steps = 8)
    {
        var now = DateTimeOffset.UtcNow;
        var start = lastObserved > now.AddMinutes(-8) ? lastObserved.AddSeconds(1) : now.AddMinutes(-8);
        var end = now.AddSeconds(-1);
        var readings = Enumerable.Range(0, steps).Select(i =>
        {
            var at = start + (end - start) * i / (steps - 1);
            return new
            {
                seq = ++nextSeq,
                observedAt = at.ToOffset(Wit).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                levelCm = Math.Round(fromCm + (toCm - fromCm) * i / (steps - 1), 1),
            };
        }).ToList();
        lastObserved = end;
        var response = await http.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", readings);
        Assert.True(response.IsSuccessStatusCode, $"ingest: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => http.Dispose();
}

public sealed record GaugeSnapshot(string Band, double Siaga3Cm, double Siaga2Cm, double Siaga1Cm);
