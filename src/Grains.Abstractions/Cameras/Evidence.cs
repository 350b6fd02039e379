using System.Collections.Immutable;

namespace AmbonCC.Cameras;

/// <summary>Where a police request for footage stands.</summary>
public enum EvidenceStatus
{
    Requested,
    Refused,

    /// <summary>Approved: a legal hold keeps the window past retention until an explicit release.</summary>
    OnHold,
    Exported,
    HandedOver,

    /// <summary>The hold was released (audited); the custody log stays.</summary>
    Released,
}

/// <summary>A law-enforcement request for footage, as the operator records it from the letter.</summary>
[GenerateSerializer, Immutable, Alias("ambon.cameras.EvidenceRequest")]
public sealed record EvidenceRequest(
    [property: Id(0)] string Institution,
    [property: Id(1)] string OfficerName,
    [property: Id(2)] string LetterNumber,
    [property: Id(3)] DateOnly LetterDate,
    [property: Id(4)] string CaseNumber,
    [property: Id(5)] string Reason,
    [property: Id(6)] ImmutableArray<string> CameraCodes,
    [property: Id(7)] DateTimeOffset From,
    [property: Id(8)] DateTimeOffset To);

/// <summary>
/// One step of the chain of custody. <see cref="Hash"/> is the SHA-256 of the previous entry's hash and this
/// entry's fields, so that changing or removing any entry breaks every hash after it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ambon.cameras.CustodyEntry")]
public sealed record CustodyEntry(
    [property: Id(0)] int Seq,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string Details,
    [property: Id(5)] string PreviousHash,
    [property: Id(6)] string Hash);

/// <summary>The exported clip as the operator or the VMS recorded it.</summary>
[GenerateSerializer, Immutable, Alias("ambon.cameras.EvidenceExport")]
public sealed record EvidenceExport(
    [property: Id(0)] string FileName,
    [property: Id(1)] long SizeBytes,
    [property: Id(2)] string Sha256);

[GenerateSerializer, Immutable, Alias("ambon.cameras.EvidenceView")]
public sealed record EvidenceView(
    [property: Id(0)] string Id,
    [property: Id(1)] EvidenceRequest Request,
    [property: Id(2)] EvidenceStatus Status,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] string? DecidedBy,
    [property: Id(6)] string? DecisionReason,
    [property: Id(7)] EvidenceExport? Export,
    [property: Id(8)] string? HandedOverTo,
    [property: Id(9)] DateTimeOffset? HandedOverAt);

/// <summary>The custody log with the result of checking its hash chain.</summary>
/// <param name="FirstBrokenSeq">The first entry whose hash does not match, or null when the chain verifies.</param>
[GenerateSerializer, Immutable, Alias("ambon.cameras.CustodyReport")]
public sealed record CustodyReport(
    [property: Id(0)] string EvidenceId,
    [property: Id(1)] ImmutableArray<CustodyEntry> Entries,
    [property: Id(2)] bool Verified,
    [property: Id(3)] int? FirstBrokenSeq);

/// <summary>
/// One evidence request (key: its id). Each step is checked against the current status, appended to the custody
/// log and stored before the answer; a step repeated with the same content is a no-op (safe to retry).
/// </summary>
[Alias("ambon.cameras.IEvidenceRequestGrain")]
public interface IEvidenceRequestGrain : IGrainWithStringKey
{
    /// <summary>Records the request (validated by the caller against the cameras and their retention).</summary>
    [Alias("Record")]
    Task<EvidenceView> RecordAsync(EvidenceRequest request, string recordedBy);

    /// <summary>A Supervisor approves (legal hold) or refuses, with a reason.</summary>
    /// <exception cref="InvalidOperationException">Not awaiting a decision.</exception>
    [Alias("Decide")]
    Task<EvidenceView> DecideAsync(bool approve, string reason, string supervisor);

    [Alias("RecordExport")]
    Task<EvidenceView> RecordExportAsync(EvidenceExport export, string actor);

    [Alias("HandOver")]
    Task<EvidenceView> HandOverAsync(string officerName, string handedOverBy);

    /// <summary>Ends the legal hold; only this explicit, audited step does.</summary>
    [Alias("Release")]
    Task<EvidenceView> ReleaseAsync(string reason, string supervisor);

    [Alias("Get")]
    Task<EvidenceView?> GetAsync();

    [Alias("GetCustody")]
    Task<CustodyReport> GetCustodyAsync();
}
