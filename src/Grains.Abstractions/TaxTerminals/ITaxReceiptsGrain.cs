using System.Collections.Immutable;

namespace AmbonCC.TaxTerminals;

/// <summary>A stored receipt and when the ledger committed it.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.TaxTerminals.TaxReceipt")]
public sealed record TaxReceipt(
    [property: Id(0)] string Serial,
    [property: Id(1)] TaxTransaction Transaction,
    [property: Id(2)] DateTimeOffset ReceivedAt);

/// <summary>
/// Stored receipts for the taxpayer page: the web tier reads the <c>tax_transactions</c> ledger through this
/// contract, never from its tables. A stateless worker; use key <see cref="Any"/>.
/// </summary>
[Alias("AmbonCC.TaxTerminals.ITaxReceiptsGrain")]
public interface ITaxReceiptsGrain : IGrainWithIntegerKey
{
    /// <summary>The key to call: every activation serves every terminal.</summary>
    public const long Any = 0;

    /// <summary>The newest receipts of a terminal, newest first, at most <paramref name="limit"/> (1–200).</summary>
    [Alias("Recent")]
    Task<ImmutableArray<TaxReceipt>> GetRecentAsync(string serial, int limit);
}
