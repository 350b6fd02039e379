using System.Globalization;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Terminals;

/// <summary>
/// The demo outlets' M-Post terminals with their own device keys (the key file's <c>terminals</c>), plus the
/// revenue agency's key (<c>revenue</c>, <c>opd:BPPRD</c>) that posts one under-declared SPTPD.
/// </summary>
internal static class TerminalFleet
{
    public static async Task RunAsync(IReadOnlyDictionary<string, string> keys, string? revenueKey, ApiClient api, SimClock clock,
        TimeSpan interval, bool cheats, int seed, CancellationToken ct)
    {
        var devices = keys.OrderBy(k => k.Key, StringComparer.Ordinal)
            .Select((k, i) => new TerminalDevice(k.Key, k.Value, TerminalCheats.For(i, cheats), api, clock, interval, seed + i))
            .ToList();
        var connected = new List<TerminalDevice>();
        foreach (var device in devices)
        {
            if (await device.ConnectAsync(ct))
            {
                connected.Add(device);
            }
        }

        Log.Info("terminals", $"{connected.Count} of {devices.Count} terminals every {interval.TotalSeconds:0} s; cheats: " +
            string.Join(", ", connected.Where(d => d.Cheat != Cheat.None).Select(d => $"{d.Serial} {d.Cheat}")));
        if (connected.FirstOrDefault(d => d.Cheat == Cheat.UnderDeclared) is { Taxpayer: { } taxpayer })
        {
            await DeclareAsync(api, revenueKey, taxpayer.Npwpd, taxpayer.LastMonthTurnover, clock, ct);
        }

        await Task.WhenAll(connected.Select(d => d.RunAsync(ct)));
    }

    /// <summary>The agency's system posts last month's SPTPD at <see cref="TerminalCheats.DeclaredShare"/> of the recorded turnover.</summary>
    private static async Task DeclareAsync(ApiClient api, string? revenueKey, string npwpd, decimal recorded, SimClock clock, CancellationToken ct)
    {
        if (revenueKey is null)
        {
            Log.Error("terminals", "no revenue agency key in the key file; no SPTPD is posted");
            return;
        }

        var period = clock.WallNow.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var turnover = decimal.Round(recorded * TerminalCheats.DeclaredShare, 0);
        var result = await api.PostJsonAsync($"/api/v1/taxpayers/{Uri.EscapeDataString(npwpd)}/sptpd", revenueKey,
            new { period, turnover, tax = decimal.Round(turnover / 10, 0) }, ct);
        Log.Info("terminals", $"{npwpd}: SPTPD {period} declares Rp {turnover:N0} of Rp {recorded:N0} recorded → {result.StatusText}");
    }
}
