namespace AmbonCC.Platform;

/// <summary>What a device ingest did with one item of a batch (every device domain answers per item).</summary>
[GenerateSerializer, Alias("AmbonCC.Platform.ItemOutcome")]
public enum ItemOutcome
{
    /// <summary>New, and durable.</summary>
    Accepted,

    /// <summary>Already stored (a retry); changed nothing.</summary>
    Duplicate,

    /// <summary>Valid as sent but refused by the domain (for example an item for a device that is not registered).</summary>
    Refused,
}
