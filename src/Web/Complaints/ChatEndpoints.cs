using System.Globalization;
using System.Security.Cryptography;
using System.Security.Claims;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Complaints;

/// <summary>
/// Live chat. The reporter's side is public (the session id is its secret; starts and lines are limited per client)
/// and is what /lapor and the embeddable widget use; the operator's side (inbox, reply, turn into a complaint) is the desk's.
/// </summary>
public static class ChatEndpoints
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(25);

    public static void MapChatEndpoints(this IEndpointRouteBuilder app)
    {
        var chat = app.MapGroup("/api/v1/chat").WithTags("Chat");
        chat.MapPost("/sessions", StartAsync).AllowAnonymous().WithSummary("A reporter opens a chat; the answer's session id is its secret.");
        chat.MapGet("/sessions/{session}", ReadAsync).AllowAnonymous()
            .WithSummary("The chat's lines after 'after'; with 'wait' (seconds, ≤ 25) it waits for a new line (long poll).");
        chat.MapPost("/sessions/{session}/messages", SayAsync).AllowAnonymous().WithSummary("The reporter writes a line.");
        chat.MapPost("/gateway/messages", ReceiveAsync).RequireAuthorization(AccessPolicies.Gateways)
            .WithSummary("A social-media gateway hands over a message: {messageId, network, account, text}; replies go back through the outbox.");
        chat.MapGet("/inbox", async (IGrainFactory grains) => Results.Ok(await grains.GetGrain<IChatInboxGrain>(CityKeys.City).RecentAsync(100)))
            .RequireAuthorization(ComplaintAccess.Desk).WithSummary("Recent chats, newest first.");
        chat.MapPost("/sessions/{session}/reply", (string session, ComplaintStepRequest? body, ClaimsPrincipal user, IGrainFactory grains) =>
                ComplaintEndpoints.Guard(async () => ValidSession(session)
                    ? Results.Ok(await grains.GetGrain<IChatSessionGrain>(session).SayAsync(ChatSide.Operator, ComplaintAccess.Actor(user), body?.Text ?? ""))
                    : NotFound()))
            .RequireAuthorization(ComplaintAccess.Desk).WithSummary("An operator answers in a chat.");
        chat.MapPost("/sessions/{session}/complaint", FileAsync).RequireAuthorization(ComplaintAccess.Desk)
            .WithSummary("Turns the chat into a complaint (category, location...) or joins it to one ({\"into\":\"AMB-...\"}).");
    }

    private static Task<IResult> StartAsync(ChatStartRequest? body, HttpContext http, IGrainFactory grains, PublicIntakeThrottle throttle) => ComplaintEndpoints.Guard(async () =>
    {
        // The widget always names the site it runs on: the desk needs it, and an empty body opens nothing.
        if (string.IsNullOrWhiteSpace(body?.Site))
        {
            return ApiProblems.Field("site", "The site the chat is opened from (the widget sends location.hostname).");
        }

        if (!throttle.TryTake(http, out var wait))
        {
            return TooMany(http, wait);
        }

        var session = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var view = await grains.GetGrain<IChatSessionGrain>(session).StartAsync(body?.Site, body?.Name, body?.Contact);
        return Results.Ok(new { session, view.Summary.StartedAt });
    });

    private static Task<IResult> ReceiveAsync(GatewayMessage? body, ClaimsPrincipal user, IGrainFactory grains) => ComplaintEndpoints.Guard(async () =>
    {
        if (body is null)
        {
            return ApiProblems.Field("body", "{messageId, network, account, text}.");
        }

        var gateway = ComplaintAccess.Actor(user);
        // One chat per (gateway, network, account): a person's next message joins their chat.
        var session = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{gateway}|{body.Network}|{body.Account}")))[..32];
        var view = await grains.GetGrain<IChatSessionGrain>(session).ReceiveAsync(gateway, body.Account ?? "", body.Network ?? "", body.MessageId ?? "", body.Text ?? "");
        return Results.Ok(new { session, lines = view.Lines.Length, complaintId = view.Summary.ComplaintId });
    });

    private static Task<IResult> SayAsync(string session, ComplaintStepRequest? body, HttpContext http, IGrainFactory grains, PublicIntakeThrottle throttle) => ComplaintEndpoints.Guard(async () =>
    {
        if (!ValidSession(session) || await grains.GetGrain<IChatSessionGrain>(session).GetAsync(false) is null)
        {
            return NotFound();
        }

        if (!throttle.TryTake(http, out var wait))
        {
            return TooMany(http, wait);
        }

        var view = await grains.GetGrain<IChatSessionGrain>(session).SayAsync(ChatSide.Reporter, "pelapor", body?.Text ?? "");
        return Results.Ok(ForReporter(view, 0, null));
    });

    private static Task<IResult> ReadAsync(string session, int? after, int? wait, IGrainFactory grains, AmbonCC.Web.Live.LiveHub hub, CancellationToken aborted) => ComplaintEndpoints.Guard(async () =>
    {
        if (!ValidSession(session))
        {
            return NotFound();
        }

        var grain = grains.GetGrain<IChatSessionGrain>(session);
        var from = Math.Max(0, after ?? 0);
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // One small mailbox per waiting reporter; only this session's events wake it.
        using var subscription = hub.Subscribe<ChatChange>(c =>
        {
            if (c.SessionId == session)
            {
                changed.TrySetResult();
            }

            return Task.CompletedTask;
        }, overflowed: () =>
        {
            changed.TrySetResult(); // events were dropped: read again rather than wait out the poll
            return Task.CompletedTask;
        }, capacity: 16);
        var view = await grain.GetAsync(false);
        if (view is null)
        {
            return NotFound();
        }

        if (view.Lines.Length <= from && wait is > 0)
        {
            // Subscribed before reading: a line written in between still wakes this wait.
            await Task.WhenAny(changed.Task, Task.Delay(TimeSpan.FromSeconds(Math.Min(wait.Value, LongestWait.TotalSeconds)), aborted));
            view = await grain.GetAsync(false) ?? view;
        }

        string? status = null;
        if (view.Summary.ComplaintId is { } id && await grains.GetGrain<IComplaintIndexGrain>(CityKeys.City).GetAsync(id) is { } summary)
        {
            status = summary.Status.ToString();
        }

        return Results.Ok(ForReporter(view, from, status));
    });

    private static Task<IResult> FileAsync(string session, ChatComplaintRequest? body, ClaimsPrincipal user, IGrainFactory grains, ComplaintClock clock) => ComplaintEndpoints.Guard(async () =>
        await FileChatAsync(grains, clock, session, body ?? new(null, null, null, null, null, null, null, null, null), ComplaintAccess.Actor(user)) is { } id
            ? Results.Ok(new { complaintId = id })
            : NotFound());

    /// <summary>Turns a chat into a complaint, or joins it to one; null when there is no such chat.</summary>
    internal static async Task<string?> FileChatAsync(IGrainFactory grains, ComplaintClock clock, string session, ChatComplaintRequest body, string actor)
    {
        var chat = ValidSession(session) ? grains.GetGrain<IChatSessionGrain>(session) : null;
        if (chat is null || await chat.GetAsync(true) is not { } view)
        {
            return null;
        }

        string id;
        if (body.Into is { Length: > 0 } into)
        {
            if (!TrackingIds.IsValid(into) || await grains.GetGrain<IComplaintGrain>(into).GetAsync(new ComplaintReader(actor, ReaderKind.Public)) is null)
            {
                throw new ArgumentException("The tracking id of an existing complaint.", "into");
            }

            id = into;
            await grains.GetGrain<IComplaintGrain>(id).ChatAsync(ChatSide.Operator, actor, $"Obrolan {session[..8]} digabungkan ke pengaduan ini.");
        }
        else
        {
            var reporterText = string.Join("\n", view.Lines.Where(l => l.Side == ChatSide.Reporter).Select(l => l.Text));
            var contact = view.ReporterContact;
            var reporter = view.ReporterName is null && contact is null ? null
                : new ComplaintReporter(view.ReporterName, contact?.Contains('@') == false ? contact : null, contact?.Contains('@') == true ? contact : null);
            var submission = new ComplaintSubmission(view.Summary.FromSocialMedia ? ComplaintChannel.SocialMedia : ComplaintChannel.LiveChat, body.Category ?? "",
                body.Description is { Length: > 0 } d ? d : reporterText.Length > ComplaintInput.DescriptionMax ? reporterText[..ComplaintInput.DescriptionMax] : reporterText,
                new ComplaintLocation(body.Lat, body.Long, body.Address, body.Kelurahan), reporter,
                body.Anonymous ?? reporter is null, body.Confidential ?? false, view.Summary.SourceSite, "chat:" + session);
            id = (await ComplaintIntake.SubmitAsync(grains, clock, submission, actor)).Id;
        }

        foreach (var attachment in view.Attachments.IsDefault ? [] : view.Attachments)
        {
            try
            {
                await grains.GetGrain<IComplaintGrain>(id).AttachAsync(attachment);
            }
            catch (InvalidOperationException)
            {
                // A joined complaint may be full: the file stays readable in the chat, which stays linked to it.
            }
        }

        await chat.LinkAsync(id, actor);
        return id;
    }

    private static object ForReporter(ChatView view, int from, string? status) => new
    {
        lines = view.Lines.Skip(from).Select(l => new { at = l.At, side = l.Side.ToString(), author = l.Side == ChatSide.Reporter ? "Anda" : "Operator", text = l.Text }),
        next = view.Lines.Length,
        complaintId = view.Summary.ComplaintId,
        complaintStatus = status,
        attachments = (view.Attachments.IsDefault ? [] : view.Attachments).Select(a => new { a.Id, a.FileName, a.ContentType, a.SizeBytes }),
    };

    internal static bool ValidSession(string session) => session.Length == 32 && session.All(char.IsAsciiHexDigitLower);

    internal static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such chat.");

    internal static IResult TooMany(HttpContext http, TimeSpan wait)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many messages from this client; wait a moment.");
    }
}

/// <summary>What a social-media gateway posts for each incoming message.</summary>
public sealed record GatewayMessage(string? MessageId, string? Network, string? Account, string? Text);

public sealed record ChatStartRequest(string? Site, string? Name, string? Contact);

public sealed record ChatComplaintRequest(
    string? Category, string? Description, double? Lat, double? Long, string? Address, string? Kelurahan,
    bool? Anonymous, bool? Confidential, string? Into);
