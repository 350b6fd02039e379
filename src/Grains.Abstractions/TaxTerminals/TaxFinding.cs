namespace AmbonCC.TaxTerminals;

/// <summary>What a rule found. Each opens or feeds the taxpayer's enforcement case.</summary>
public enum FindingKind
{
    DeviceOff,
    StillRedAfter3Days,
    ReceiptGap,
    ReceiptReset,
    TaxRateMismatch,
    HeavyVoids,
    BelowBaseline,
    BelowPeers,
    UnderDeclared,
    ClockSkew,
    ChangedReceipt,
}

/// <summary>A finding with its evidence (receipt numbers, periods, figures), in Indonesian for officers.</summary>
/// <param name="Id">Stable per cause (e.g. kind + serial + period), so that a repeat is recognised and not counted twice.</param>
/// <param name="Weight">How much it counts in the anomaly score before ageing (see AnomalyScore).</param>
/// <param name="Evidence">A plain dictionary: grain storage (JSON) cannot read an immutable one back.</param>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.TaxFinding")]
public sealed record TaxFinding(
    [property: Id(0)] string Id,
    [property: Id(1)] FindingKind Kind,
    [property: Id(2)] string Serial,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] double Weight,
    [property: Id(5)] string Summary,
    [property: Id(6)] IReadOnlyDictionary<string, string> Evidence)
{
    /// <summary>The same finding with its evidence in a plain dictionary, as state stores it.</summary>
    public TaxFinding ForStorage() => this with { Evidence = new Dictionary<string, string>(Evidence) };
}
