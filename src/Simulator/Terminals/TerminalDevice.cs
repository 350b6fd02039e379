using System.Globalization;
using System.Text.Json;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Terminals;

/// <summary>
/// One M-Post box on a restaurant counter: every interval it sends the receipts printed since the last one (a
/// batch, resent as it is until acknowledged: the server is idempotent on receipt numbers), or a heartbeat when
/// there were none. A cheating outlet does what <see cref="Cheat"/> says.
/// </summary>
internal sealed class TerminalDevice(string serial, string key, Cheat cheat, ApiClient api, SimClock clock, TimeSpan interval, int seed)
{
    private readonly Random random = new(seed);
    private readonly int typicalPerDay = 80 + new Random(seed).Next(170);
    private readonly decimal bill = 35_000m + new Random(seed + 1).Next(12) * 10_000m;
    private readonly List<object> pending = [];
    private long lastReceipt;
    private int printed;

    public string Serial => serial;

    public Cheat Cheat => cheat;

    /// <summary>The outlet's NPWPD and last month's recorded turnover, from the first heartbeat's answer.</summary>
    public (string Npwpd, decimal LastMonthTurnover)? Taxpayer { get; private set; }

    /// <summary>A heartbeat that tells the device where its receipt numbers stand on the server.</summary>
    public async Task<bool> ConnectAsync(CancellationToken ct)
    {
        var (result, body) = await api.PostJsonReadAsync($"/api/v1/terminals/{serial}/heartbeat", key, new { deviceTime = clock.WallNow }, ct);
        if (result.Outcome != Outcome.Accepted || body is not { } status)
        {
            Log.Error("terminals", $"{serial}: heartbeat {result.StatusText} {result.Detail}");
            return false;
        }

        lastReceipt = status.TryGetProperty("lastReceiptNo", out var last) && last.ValueKind == JsonValueKind.Number ? last.GetInt64() : 0;
        Taxpayer = (status.GetProperty("npwpd").GetString()!, status.TryGetProperty("lastMonthTurnover", out var month) ? month.GetDecimal() : 0m);
        return true;
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var started = clock.WallNow;
        var windowStart = started;
        while (!ct.IsCancellationRequested)
        {
            await DelayAsync(interval, ct);
            var now = clock.WallNow;
            if (cheat == Cheat.SwitchedOff && now - started >= TerminalCheats.SwitchOffAfter && TerminalTraffic.IsOpen(now))
            {
                if (windowStart != DateTimeOffset.MinValue)
                {
                    Log.Info("terminals", $"{serial}: switched off while the outlet is open");
                    windowStart = DateTimeOffset.MinValue;
                }

                continue;
            }

            if (windowStart == DateTimeOffset.MinValue)
            {
                windowStart = now; // switched on again (the outlet closed): nothing was printed meanwhile
            }

            Print(windowStart, now);
            windowStart = now;
            await SendAsync(ct);
        }
    }

    /// <summary>The receipts of [from, to), spread over the window, with this outlet's cheat.</summary>
    internal void Print(DateTimeOffset from, DateTimeOffset to)
    {
        var count = TerminalTraffic.Count(from, to - from, typicalPerDay, random);
        for (var i = 0; i < count; i++)
        {
            var at = from + (to - from) * ((i + 0.5) / count);
            var subtotal = decimal.Round(bill * (decimal)(0.5 + random.NextDouble()), -3);
            lastReceipt = TerminalCheats.NextReceipt(lastReceipt, cheat, printed++);
            pending.Add(Receipt(lastReceipt, at, subtotal, "sale", null));
            if (cheat == Cheat.HeavyVoids && random.NextDouble() < TerminalCheats.VoidShare)
            {
                var sale = lastReceipt;
                lastReceipt = TerminalCheats.NextReceipt(lastReceipt, cheat, printed++);
                pending.Add(Receipt(lastReceipt, at, subtotal, "void", sale));
            }
        }
    }

    internal IReadOnlyList<object> Pending => pending;

    private async Task SendAsync(CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            var beat = await api.PostJsonAsync($"/api/v1/terminals/{serial}/heartbeat", key, new { deviceTime = clock.WallNow }, ct);
            if (beat.Outcome != Outcome.Accepted)
            {
                Log.Error("terminals", $"{serial}: heartbeat {beat.StatusText} {beat.Detail}");
            }

            return;
        }

        var batch = pending.Take(500).ToList();
        var result = await api.PostJsonAsync($"/api/v1/terminals/{serial}/transactions", key, batch, ct);
        if (result.Outcome is Outcome.Accepted or Outcome.Rejected)
        {
            // Rejected input cannot be fixed by resending; acknowledged input is durable.
            pending.RemoveRange(0, batch.Count);
        }

        if (result.Outcome != Outcome.Accepted)
        {
            Log.Error("terminals", $"{serial}: {batch.Count} receipt(s) {result.StatusText} {result.Detail}");
        }
    }

    private Dictionary<string, object?> Receipt(long no, DateTimeOffset at, decimal subtotal, string kind, long? voids) => new()
    {
        ["receiptNo"] = no,
        ["issuedAt"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        ["subtotal"] = subtotal,
        ["tax"] = subtotal / 10,
        ["serviceCharge"] = 0m,
        ["total"] = subtotal + subtotal / 10,
        ["kind"] = kind,
        ["voidsReceiptNo"] = voids,
        ["payment"] = random.Next(3) == 0 ? "qris" : "cash",
    };

    private static async Task DelayAsync(TimeSpan wait, CancellationToken ct)
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
