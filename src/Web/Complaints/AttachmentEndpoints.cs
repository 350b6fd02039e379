using System.Security.Claims;
using System.Security.Cryptography;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Web.Api;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.Complaints;

/// <summary>
/// Attachments: the raw file as the body (Content-Type image/jpeg, image/png or application/pdf; <c>?name=</c> the
/// file's name). The bytes are stored in the database first, then the complaint or chat records the metadata, so an
/// acknowledged upload survives a crash. Files are served only to readers of the complaint (OPD: its own), or to
/// the reporter through the chat's secret session id; never to the public otherwise.
/// </summary>
public static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/complaints").WithTags("Complaints");
        api.MapPost("/{id}/attachments", UploadToComplaintAsync).RequireAuthorization(ComplaintAccess.Read)
            .WithSummary("Attaches a file (JPEG, PNG or PDF by its bytes; size- and count-limited): the desk, or the OPD it is dispatched to.");
        api.MapGet("/{id}/attachments/{fileId}", DownloadFromComplaintAsync).RequireAuthorization(ComplaintAccess.Read)
            .WithSummary("One attachment of a complaint the caller may read.");
        var chat = app.MapGroup("/api/v1/chat").WithTags("Chat");
        chat.MapPost("/sessions/{session}/attachments", UploadToChatAsync).AllowAnonymous()
            .WithSummary("The reporter attaches a photo or PDF to the chat (and to its complaint once filed); limited per client.");
        chat.MapGet("/sessions/{session}/attachments/{fileId}", DownloadFromChatAsync).AllowAnonymous()
            .WithSummary("A file attached to this chat; the session id is the secret.");
    }

    private static Task<IResult> UploadToComplaintAsync(string id, string? name, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains,
        IOptions<ComplaintOptions> options, TimeProvider time) => ComplaintEndpoints.Guard(async () =>
    {
        // Asked of the index and the metadata only: an upload is no look at the reporter's identity.
        if (!await ComplaintEndpoints.MayActAsync(id, user, grains))
        {
            return ComplaintEndpoints.NotFound(id);
        }

        if ((await grains.GetGrain<IComplaintGrain>(id).AttachmentsAsync()).Length >= options.Value.MaxAttachmentsPerComplaint)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"A complaint takes at most {options.Value.MaxAttachmentsPerComplaint} attachments.");
        }

        var side = ComplaintAccess.IsDesk(user) ? ChatSide.Operator : ChatSide.Opd;
        var (attachment, refusal) = await StoreAsync(id, name, request, side, ComplaintAccess.Actor(user), grains, options.Value, time);
        if (refusal is not null)
        {
            return refusal;
        }

        await grains.GetGrain<IComplaintGrain>(id).AttachAsync(attachment!);
        return Results.Created($"/api/v1/complaints/{id}/attachments/{attachment!.Id}", attachment);
    });

    private static Task<IResult> DownloadFromComplaintAsync(string id, string fileId, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) => ComplaintEndpoints.Guard(async () =>
        await ComplaintEndpoints.MayActAsync(id, user, grains)
            && (await grains.GetGrain<IComplaintGrain>(id).AttachmentsAsync()).FirstOrDefault(a => a.Id == fileId) is { } meta
            ? await ServeAsync(meta, http, grains)
            : NoFile());

    private static Task<IResult> UploadToChatAsync(string session, string? name, HttpRequest request, IGrainFactory grains, PublicIntakeThrottle throttle,
        IOptions<ComplaintOptions> options, TimeProvider time) => ComplaintEndpoints.Guard(async () =>
    {
        var chat = ChatEndpoints.ValidSession(session) ? grains.GetGrain<IChatSessionGrain>(session) : null;
        if (chat is null || await chat.GetAsync(false) is not { } view)
        {
            return ChatEndpoints.NotFound();
        }

        if (!throttle.TryTake(request.HttpContext, out var wait))
        {
            return ChatEndpoints.TooMany(request.HttpContext, wait);
        }

        var max = options.Value.MaxAttachmentsPerComplaint;
        if (view.Attachments.Length >= max)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"A chat takes at most {max} attachments.");
        }

        var (attachment, refusal) = await StoreAsync("chat:" + session, name, request, ChatSide.Reporter, "pelapor", grains, options.Value, time);
        if (refusal is not null)
        {
            return refusal;
        }

        view = await chat.AttachAsync(attachment!, max);
        if (view.Summary.ComplaintId is { } complaintId)
        {
            // Already a complaint: the file belongs there too (the desk and its OPD read it from the complaint).
            await grains.GetGrain<IComplaintGrain>(complaintId).AttachAsync(attachment!);
        }

        return Results.Created($"/api/v1/chat/sessions/{session}/attachments/{attachment!.Id}",
            new { attachment!.Id, attachment.FileName, attachment.ContentType, attachment.SizeBytes });
    });

    private static Task<IResult> DownloadFromChatAsync(string session, string fileId, HttpContext http, IGrainFactory grains) => ComplaintEndpoints.Guard(async () =>
        ChatEndpoints.ValidSession(session) && await grains.GetGrain<IChatSessionGrain>(session).GetAsync(false) is { } view
            && view.Attachments.FirstOrDefault(a => a.Id == fileId) is { } meta
            ? await ServeAsync(meta, http, grains)
            : NoFile());

    /// <summary>Checks type, size and bytes, then stores the file durably; a refusal is 415, 413 or 400.</summary>
    private static async Task<(ComplaintAttachment? Attachment, IResult? Refusal)> StoreAsync(string owner, string? name, HttpRequest request,
        ChatSide side, string actor, IGrainFactory grains, ComplaintOptions options, TimeProvider time)
    {
        if (!AttachmentRules.IsAllowedType(request.ContentType))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the file itself as the body, as image/jpeg, image/png or application/pdf."));
        }

        if (name is { Length: > AttachmentRules.FileNameMax * 2 })
        {
            return (null, ApiProblems.Field("name", $"At most {AttachmentRules.FileNameMax * 2} characters."));
        }

        var limit = options.MaxAttachmentBytes;
        var data = await RequestBodyLimits.ReadAtMostAsync(request, limit);
        if (data is null)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"An attachment may have at most {limit} bytes."));
        }

        if (data.Length == 0)
        {
            return (null, ApiProblems.Field("body", "The file is empty."));
        }

        var type = AttachmentRules.Detect(data);
        var declared = request.ContentType!.Split(';')[0].Trim().ToLowerInvariant();
        if (type is null || type != declared)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: $"The bytes are not a {declared} file (only JPEG, PNG and PDF are taken)."));
        }

        return (await StoreBytesAsync(owner, name, type, data, side, actor, grains, time.GetUtcNow()), null);
    }

    /// <summary>Stores checked bytes (of <paramref name="type"/>, found by <see cref="AttachmentRules.Detect"/>) and returns their metadata.</summary>
    internal static async Task<ComplaintAttachment> StoreBytesAsync(string owner, string? name, string type, byte[] data, ChatSide side, string actor,
        IGrainFactory grains, DateTimeOffset now)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        var fileId = AttachmentRules.FileId(owner, sha);
        await grains.GetGrain<IComplaintFileGrain>(IComplaintFileGrain.Any).SaveAsync(new StoredComplaintFile(fileId, owner, type, sha, data, now));
        return new ComplaintAttachment(fileId, AttachmentRules.SafeFileName(name, type), type, data.Length, sha, now, side, actor);
    }

    private static async Task<IResult> ServeAsync(ComplaintAttachment meta, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<IComplaintFileGrain>(IComplaintFileGrain.Any).ReadAsync(meta.Id) is not { } file)
        {
            return NoFile();
        }

        // Personal evidence: never kept by a shared cache, never sniffed into something the browser runs.
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.File(file.Data, file.ContentType, meta.FileName,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    private static IResult NoFile() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such attachment for you.");
}
