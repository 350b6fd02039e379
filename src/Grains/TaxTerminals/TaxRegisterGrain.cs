using AmbonCC.City;
using AmbonCC.Live;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.TaxTerminals;

/// <summary>The register's rows; written a few seconds after a change, not on every report.</summary>
[GenerateSerializer, Alias("ambon.taxterminals.TaxRegisterState")]
public sealed class TaxRegisterState
{
    [Id(0)] public Dictionary<string, TerminalStatusChanged> Terminals { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, TaxpayerChanged> Queue { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// One row per terminal and per queued taxpayer, reported by them; serves the Tax page and the lists in one call
/// and republishes each row on the tax live stream. It calls no terminal or taxpayer (they call it).
/// </summary>
/// <remarks>
/// Rows are a view, not the truth (that is the terminals' state and the ledger): a crash loses at most the last
/// few seconds of rows, which the terminals report again on their next receipt, heartbeat or watch tick. So the
/// state is written on a short timer rather than on every report, which keeps a busy city off the store.
/// </remarks>
internal sealed class TaxRegisterGrain(
    [PersistentState("taxRegister", ProviderNames.GrainStorage)] IPersistentState<TaxRegisterState> state,
    CityClock clock,
    TimeProvider time,
    IOptions<TaxRuleOptions> options,
    ILogger<TaxRegisterGrain> logger) : Grain, ITaxRegisterGrain
{
    private static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(5);
    private IGrainTimer? writeTimer;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (writeTimer is not null)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task ReportTerminalAsync(TerminalStatusChanged row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var serial = row.Status.Serial;
        if (state.State.Terminals.TryGetValue(serial, out var stored) && stored.At > row.At)
        {
            return; // a late copy of an older row
        }

        state.State.Terminals[serial] = row;
        ScheduleWrite();
        await PublishAsync(row);
    }

    public async Task ReportTaxpayerAsync(TaxpayerChanged row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (state.State.Queue.TryGetValue(row.Npwpd, out var stored) && stored.At > row.At)
        {
            return;
        }

        var wasQueued = stored is not null;
        if (row.Queued)
        {
            state.State.Queue[row.Npwpd] = row;
        }
        else
        {
            state.State.Queue.Remove(row.Npwpd);
        }

        if (row.Queued || wasQueued)
        {
            ScheduleWrite();
        }

        await PublishAsync(row);
    }

    public Task<TaxRegisterView> GetAsync()
    {
        var terminals = state.State.Terminals.Values
            .OrderByDescending(r => r.Status.Health == TerminalHealth.Red)
            .ThenBy(r => r.Status.Outlet, StringComparer.Ordinal)
            .ThenBy(r => r.Status.Serial, StringComparer.Ordinal)
            .ToList();
        var queue = state.State.Queue.Values.OrderByDescending(r => r.Score).ThenBy(r => r.Npwpd, StringComparer.Ordinal);
        var totals = TaxTotalsRule.Of(terminals, time.GetUtcNow(), clock, options.Value.RedEscalation);
        return Task.FromResult(new TaxRegisterView([.. terminals], [.. queue], totals));
    }

    private void ScheduleWrite()
    {
        writeTimer ??= this.RegisterGrainTimer(WriteAsync, new GrainTimerCreationOptions(WriteEvery, Timeout.InfiniteTimeSpan));
    }

    private async Task WriteAsync()
    {
        writeTimer?.Dispose();
        writeTimer = null;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Tax register: writing its rows failed; retried");
            ScheduleWrite();
        }
    }

    private async Task PublishAsync(ITaxEvent row)
    {
        try
        {
            await LiveStreams.For(this, LiveStreamIds.Tax).OnNextAsync(row);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Tax register: live update for {Subject} failed", row.SubjectId);
        }
    }
}
