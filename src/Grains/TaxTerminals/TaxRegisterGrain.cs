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

    /// <summary>The city's index of registers knows this one.</summary>
    [Id(2)] public bool Listed { get; set; }
}

/// <summary>
/// One row per terminal and per queued taxpayer of a kecamatan, reported by them; serves its part of the Tax page and
/// the lists and republishes each row on the tax live stream. It calls no terminal or taxpayer (they call it), only
/// the index once, with its first row.
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

        await ListAsync();
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
            await ListAsync();
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

    // Unordered: the rows are ordered once, where the registers' views are merged (TaxRegisters), not in this turn.
    public Task<TaxRegisterView> GetAsync() => Task.FromResult(new TaxRegisterView(
        [.. state.State.Terminals.Values], [.. state.State.Queue.Values], Totals()));

    public Task<TaxTotals> GetTotalsAsync() => Task.FromResult(Totals());

    public async Task<int> HandOverAsync()
    {
        var s = state.State;
        if (TaxRegisterKeys.IsRegister(this.GetPrimaryKeyString()) || (s.Terminals.Count == 0 && s.Queue.Count == 0))
        {
            return 0;
        }

        // Each kecamatan's rows in turn, the kecamatans at once. A register keeps the newer of two rows, so a row
        // handed over after its terminal reported again changes nothing.
        var moves = s.Terminals.Values.Select(r => (Key: TaxRegisterKeys.Of(r.Status.KelurahanCode), Send: (Func<ITaxRegisterGrain, Task>)(g => g.ReportTerminalAsync(r))))
            .Concat(s.Queue.Values.Select(r => (Key: TaxRegisterKeys.Of(r.KelurahanCode), Send: (Func<ITaxRegisterGrain, Task>)(g => g.ReportTaxpayerAsync(r)))));
        await Task.WhenAll(moves.GroupBy(m => m.Key).Select(async kecamatan =>
        {
            var register = GrainFactory.GetGrain<ITaxRegisterGrain>(kecamatan.Key);
            foreach (var move in kecamatan)
            {
                await move.Send(register);
            }
        }));

        var handed = s.Terminals.Count + s.Queue.Count;
        s.Terminals.Clear();
        s.Queue.Clear();
        await state.WriteStateAsync();
        logger.LogInformation("Tax register {Key}: {Rows} rows handed to the kecamatan registers", this.GetPrimaryKeyString(), handed);
        return handed;
    }

    private TaxTotals Totals() => TaxTotalsRule.Of(state.State.Terminals.Values, time.GetUtcNow(), clock, options.Value.RedEscalation);

    /// <summary>Tells the city's index of this register once (a key that is no kecamatan, such as the old city-wide one, is never listed).</summary>
    private async Task ListAsync()
    {
        if (state.State.Listed || !TaxRegisterKeys.IsRegister(this.GetPrimaryKeyString()))
        {
            return;
        }

        await GrainFactory.GetGrain<ITaxRegisterIndexGrain>(CityKeys.City).AddAsync(this.GetPrimaryKeyString());
        state.State.Listed = true;
        ScheduleWrite();
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
