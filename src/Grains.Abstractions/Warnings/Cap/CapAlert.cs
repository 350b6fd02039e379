namespace AmbonCC.Warnings.Cap;

/// <summary>
/// A CAP 1.2 <c>alert</c> (OASIS Common Alerting Protocol). Times are kept as <see cref="DateTimeOffset"/> and
/// written in WIT without fractional seconds. Optional text is null when absent; lists are empty when absent.
/// </summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.Cap.CapAlert")]
public sealed record CapAlert
{
    /// <summary>Unique per sender; no spaces, commas, '&lt;' or '&amp;'.</summary>
    [Id(0)] public required string Identifier { get; init; }

    /// <summary>Globally unique originator id, e.g. "bpbd@ambon.go.id"; same character rules as the identifier.</summary>
    [Id(1)] public required string Sender { get; init; }

    [Id(2)] public required DateTimeOffset Sent { get; init; }

    [Id(3)] public required CapStatus Status { get; init; }

    [Id(4)] public required CapMsgType MsgType { get; init; }

    [Id(5)] public string? Source { get; init; }

    [Id(6)] public required CapScope Scope { get; init; }

    /// <summary>Required when <see cref="Scope"/> is Restricted.</summary>
    [Id(7)] public string? Restriction { get; init; }

    /// <summary>Space-separated recipients; required when <see cref="Scope"/> is Private.</summary>
    [Id(8)] public string? Addresses { get; init; }

    [Id(9)] public IReadOnlyList<string> Codes { get; init; } = [];

    [Id(10)] public string? Note { get; init; }

    /// <summary>Earlier alerts this one updates or cancels; required for Update and Cancel.</summary>
    [Id(11)] public IReadOnlyList<CapReference> References { get; init; } = [];

    [Id(12)] public string? Incidents { get; init; }

    [Id(13)] public IReadOnlyList<CapInfo> Infos { get; init; } = [];
}

/// <summary>One earlier message, written as "sender,identifier,sent" in <c>references</c>.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.Cap.CapReference")]
public sealed record CapReference(
    [property: Id(0)] string Sender,
    [property: Id(1)] string Identifier,
    [property: Id(2)] DateTimeOffset Sent)
{
    /// <summary>The reference to <paramref name="alert"/>.</summary>
    public static CapReference To(CapAlert alert) => new(alert.Sender, alert.Identifier, alert.Sent);
}

/// <summary>A name/value pair: CAP <c>eventCode</c>, <c>parameter</c> and <c>geocode</c>.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.Cap.CapValue")]
public sealed record CapValue(
    [property: Id(0)] string ValueName,
    [property: Id(1)] string Value);
