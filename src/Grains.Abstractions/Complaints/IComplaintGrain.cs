using System.Collections.Immutable;

namespace AmbonCC.Complaints;

/// <summary>One step a named user or key takes on a complaint; which fields matter depends on the action.</summary>
/// <param name="Actor">A user name or a key subject (<c>opd:DLHP</c>, <c>open311:kota</c>): every step is audited.</param>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Command")]
public sealed record ComplaintCommand(
    [property: Id(0)] ComplaintAction Action,
    [property: Id(1)] string Actor,
    [property: Id(2)] string? Note = null,
    [property: Id(3)] string? OpdCode = null,
    [property: Id(4)] string? Category = null,
    [property: Id(5)] bool? Satisfied = null,
    [property: Id(6)] string? OtherId = null);

/// <summary>
/// Key: the tracking id (AMB-2026-000123). Holds the complaint, its audited history, its conversation and its
/// clock; deadlines are reminders, so they survive restarts, and a missed one raises an alarm on the incident queue.
/// </summary>
[Alias("ambon.complaints.IComplaintGrain")]
public interface IComplaintGrain : IGrainWithStringKey
{
    /// <summary>Stores a new complaint; a retry of the same intake returns it unchanged.</summary>
    /// <exception cref="ArgumentException">A field is invalid (the parameter name is the field).</exception>
    [Alias("Submit")]
    Task<ComplaintView> SubmitAsync(ComplaintSubmission submission, string actor);

    /// <summary>Brings a complaint in at a given status with its own dates; a no-op when the id is taken.</summary>
    [Alias("Import")]
    Task<ComplaintView> ImportAsync(ComplaintImport import);

    /// <summary>Null when no complaint has this id. The reporter's identity only as <paramref name="reader"/> may see it.</summary>
    [Alias("Get")]
    Task<ComplaintView?> GetAsync(ComplaintReader reader);

    /// <summary>Takes one step of the lifecycle.</summary>
    /// <exception cref="InvalidOperationException">The step is not allowed from the current status.</exception>
    /// <exception cref="KeyNotFoundException">No such complaint.</exception>
    [Alias("Act")]
    Task<ComplaintView> ActAsync(ComplaintCommand command);

    /// <summary>Adds a line to the conversation with the reporter.</summary>
    [Alias("Chat")]
    Task<ComplaintView> ChatAsync(ChatSide side, string author, string text);

    /// <summary>Takes in another complaint's history and conversation when it is merged into this one.</summary>
    [Alias("Absorb")]
    Task<ComplaintView> AbsorbAsync(ComplaintView merged, string actor);

    /// <summary>Adds an attachment whose bytes are already stored; the same id again changes nothing.</summary>
    /// <exception cref="InvalidOperationException">The complaint has its most attachments already.</exception>
    [Alias("Attach")]
    Task<ComplaintView> AttachAsync(ComplaintAttachment attachment);

    /// <summary>The attachments' metadata (no personal data, no audit entry); empty when no complaint has this id.</summary>
    [Alias("Attachments")]
    Task<ImmutableArray<ComplaintAttachment>> AttachmentsAsync();

    /// <summary>Runs the clock now (what the reminder does): auto-close, overdue alarm.</summary>
    [Alias("CheckDeadline")]
    Task<ComplaintView?> CheckDeadlineAsync();
}

/// <summary>Key: <c>AMB-YYYY</c>. Issues the numbers of one year's tracking ids, each once.</summary>
[Alias("ambon.complaints.IComplaintCounterGrain")]
public interface IComplaintCounterGrain : IGrainWithStringKey
{
    [Alias("Next")]
    Task<long> NextAsync();
}

/// <summary>One page of a filtered list.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Page")]
public sealed record ComplaintPage(
    [property: Id(0)] int Total,
    [property: Id(1)] ImmutableArray<ComplaintSummary> Items);

/// <summary>Key: the city (<c>ambon</c>). The summaries (no personal data) behind lists, filters, maps and duplicates.</summary>
[Alias("ambon.complaints.IComplaintIndexGrain")]
public interface IComplaintIndexGrain : IGrainWithStringKey
{
    /// <summary>Keeps the newer of the stored and the given summary (by version).</summary>
    [Alias("Upsert")]
    Task UpsertAsync(ComplaintSummary summary);

    [Alias("List")]
    Task<ComplaintPage> ListAsync(ComplaintFilter filter);

    [Alias("Get")]
    Task<ComplaintSummary?> GetAsync(string id);

    /// <summary>Open complaints of the category within about 50 m and recent days, nearest first.</summary>
    [Alias("Duplicates")]
    Task<ImmutableArray<ComplaintSummary>> DuplicatesAsync(string selfId, string category, double latitude, double longitude, DateTimeOffset at);
}

/// <summary>Key: a public token (Open311 <c>token</c>, the reporter's follow link). Points at the complaint.</summary>
[Alias("ambon.complaints.IComplaintTokenGrain")]
public interface IComplaintTokenGrain : IGrainWithStringKey
{
    [Alias("Bind")]
    Task BindAsync(string complaintId);

    [Alias("Resolve")]
    Task<string?> ResolveAsync();
}
