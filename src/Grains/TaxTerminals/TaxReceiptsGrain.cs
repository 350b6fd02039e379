using System.Collections.Immutable;
using Orleans.Concurrency;

namespace AmbonCC.TaxTerminals;

/// <summary>Serves recent receipts from the tax ledger; stateless, so reads spread over the silo's cores.</summary>
[StatelessWorker]
internal sealed class TaxReceiptsGrain(ITaxTransactionLedger ledger) : Grain, ITaxReceiptsGrain
{
    public async Task<ImmutableArray<TaxReceipt>> GetRecentAsync(string serial, int limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        var rows = await ledger.ReadRecentAsync(serial, Math.Clamp(limit, 1, 200));
        return [.. rows.Select(r => new TaxReceipt(r.Row.Serial, r.Row.Transaction, r.ReceivedAt))];
    }
}
