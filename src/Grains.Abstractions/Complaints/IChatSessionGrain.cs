using System.Collections.Immutable;

namespace AmbonCC.Complaints;

/// <summary>A live chat as the inbox lists it: no contact details, only where it came from and how fresh it is.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.ChatSummary")]
public sealed record ChatSummary(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string? SourceSite,
    [property: Id(2)] DateTimeOffset StartedAt,
    [property: Id(3)] DateTimeOffset LastAt,
    [property: Id(4)] string Preview,
    [property: Id(5)] int Messages,
    [property: Id(6)] string? ComplaintId,
    [property: Id(7)] bool WaitingForOperator,
    [property: Id(8)] bool FromSocialMedia = false);

/// <summary>A chat and its lines; <see cref="ReporterName"/> and <see cref="ReporterContact"/> only for the desk.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.ChatView")]
public sealed record ChatView(
    [property: Id(0)] ChatSummary Summary,
    [property: Id(1)] ImmutableArray<ChatLine> Lines,
    [property: Id(2)] string? ReporterName,
    [property: Id(3)] string? ReporterContact,
    [property: Id(4)] ImmutableArray<ComplaintAttachment> Attachments = default);

/// <summary>
/// A change in a chat (ids only: no text, no name). It stays in the web process (never SSE): the session id is the
/// reporter's secret; the reporter's long poll waits for its own session's events, the desk's inbox re-reads that chat.
/// </summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.ChatChange")]
public sealed record ChatChange(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string Kind,
    [property: Id(2)] DateTimeOffset At) : Live.IComplaintEvent
{
    public string SubjectId => "chat:" + SessionId;
}

/// <summary>
/// Key: a random session id, which is also the reporter's secret to the chat (the follow link carries it). The
/// conversation before and after it becomes (or joins) a complaint.
/// </summary>
[Alias("ambon.complaints.IChatSessionGrain")]
public interface IChatSessionGrain : IGrainWithStringKey
{
    /// <summary>Opens the chat; a retry returns it unchanged.</summary>
    [Alias("Start")]
    Task<ChatView> StartAsync(string? sourceSite, string? reporterName, string? reporterContact);

    /// <summary>Null when the session was never started.</summary>
    [Alias("Get")]
    Task<ChatView?> GetAsync(bool withIdentity);

    [Alias("Say")]
    Task<ChatView> SayAsync(ChatSide side, string author, string text);

    /// <summary>
    /// A message from a social-media gateway (<paramref name="gateway"/> is the key's subject, <paramref name="account"/>
    /// the sender's handle there): starts the chat if new; a repeat of <paramref name="messageId"/> changes nothing.
    /// Operator replies in such a chat go out through the durable outbox to that gateway.
    /// </summary>
    [Alias("Receive")]
    Task<ChatView> ReceiveAsync(string gateway, string account, string network, string messageId, string text);

    /// <summary>The reporter attaches a stored file to the chat (a line says so); the same id again changes nothing.</summary>
    /// <exception cref="InvalidOperationException">The chat has its most attachments already.</exception>
    [Alias("Attach")]
    Task<ChatView> AttachAsync(ComplaintAttachment attachment, int max);

    /// <summary>Links the chat to the complaint it became or joined.</summary>
    [Alias("Link")]
    Task<ChatView> LinkAsync(string complaintId, string actor);
}

/// <summary>Key: the city. The chats of the last days, for the operators' inbox.</summary>
[Alias("ambon.complaints.IChatInboxGrain")]
public interface IChatInboxGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(ChatSummary summary);

    [Alias("Recent")]
    Task<ImmutableArray<ChatSummary>> RecentAsync(int count);
}
