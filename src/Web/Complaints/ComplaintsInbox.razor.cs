using AmbonCC.Complaints;
using AmbonCC.Platform;
using AmbonCC.Web.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.Complaints;

/// <summary>
/// The operators' inbox: live chats (desk only: they carry what reporters say about themselves) and the complaint
/// list with each deadline coloured by the time left. OPD staff see only their OPD's complaints.
/// </summary>
public partial class ComplaintsInbox
{
    private IReadOnlyList<ChatSummary> chats = [];
    private ChatView? selectedChat;
    private ComplaintPage? page;
    private string? reply;
    private string fileCategory = "sampah";
    private bool fileConfidential;
    private string? statusFilter;
    private bool overdueOnly;
    private string? error;
    private bool isDesk;
    private string actor = "";
    private string? opd;
    private LiveView? live;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private ComplaintClock Time { get; set; } = default!;
    [Inject] private AmbonCC.Complaints.Rules.WorkingDayCalendar Calendar { get; set; } = default!;
    private IReadOnlyList<int> missingYears = [];
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        isDesk = ComplaintAccess.IsDesk(user);
        opd = ComplaintAccess.OpdOf(user);
        actor = ComplaintAccess.Actor(user);
        var year = CityTime.DayOf(Time.GetUtcNow()).Year;
        missingYears = isDesk ? [.. new[] { year, year + 1 }.Where(y => !Calendar.HasList(y))] : [];
        // The shared live path: subscribe, load the snapshot, then apply each event's row.
        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<ComplaintChange>(ApplyComplaint);
        if (isDesk)
        {
            live.On<ChatChange>(ApplyChatAsync);
        }

        await live.StartAsync(async () =>
        {
            if (isDesk)
            {
                await LoadChatsAsync();
            }

            await LoadComplaintsAsync();
        });
    }

    /// <summary>Puts the complaint's new row in place (or takes it out when it no longer matches the filters).</summary>
    private void ApplyComplaint(ComplaintChange change)
    {
        if (page is null || change.Summary is not { } row || (!isDesk && !string.Equals(row.OpdCode, opd, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var items = page.Items.Where(i => i.Id != row.Id).ToList();
        var known = items.Count != page.Items.Length;
        var status = Enum.TryParse<ComplaintStatus>(statusFilter, out var s) ? s : (ComplaintStatus?)null;
        var matches = (status is null ? row.IsOpen : row.Status == status) && (!overdueOnly || Clock(row) == "overdue");
        if (matches)
        {
            items.Add(row);
        }

        page = new ComplaintPage(page.Total + (matches ? 1 : 0) - (known ? 1 : 0), [.. items.OrderByDescending(i => i.ReceivedAt)]);
    }

    /// <summary>Re-reads only the chat that changed (its text is not in the event).</summary>
    private async Task ApplyChatAsync(ChatChange change)
    {
        var chat = await Grains.GetGrain<IChatSessionGrain>(change.SessionId).GetAsync(true);
        if (chat is null)
        {
            return;
        }

        chats = [chat.Summary, .. chats.Where(c => c.SessionId != change.SessionId)];
        if (selectedChat?.Summary.SessionId == change.SessionId)
        {
            selectedChat = chat;
        }
    }

    private async Task LoadChatsAsync() => chats = await Grains.GetGrain<IChatInboxGrain>(CityKeys.City).RecentAsync(50);

    private async Task LoadComplaintsAsync()
    {
        if (!isDesk && opd is null)
        {
            page = new ComplaintPage(0, []);
            return;
        }

        var status = Enum.TryParse<ComplaintStatus>(statusFilter, out var s) ? s : (ComplaintStatus?)null;
        page = await Grains.GetGrain<IComplaintIndexGrain>(CityKeys.City).ListAsync(new ComplaintFilter(
            status, OpdCode: isDesk ? null : opd, Overdue: overdueOnly ? true : null, Open: statusFilter is null ? true : null, Limit: 200));
    }

    private async Task StatusChangedAsync(string? value)
    {
        statusFilter = value;
        await LoadComplaintsAsync();
    }

    private async Task OverdueChangedAsync(bool value)
    {
        overdueOnly = value;
        await LoadComplaintsAsync();
    }

    private async Task SelectChatAsync(string session)
    {
        error = null;
        selectedChat = await Grains.GetGrain<IChatSessionGrain>(session).GetAsync(true);
    }

    private async Task ReplyAsync()
    {
        if (selectedChat is null || string.IsNullOrWhiteSpace(reply))
        {
            return;
        }

        try
        {
            selectedChat = await Grains.GetGrain<IChatSessionGrain>(selectedChat.Summary.SessionId).SayAsync(ChatSide.Operator, actor, reply);
            reply = null;
            error = null;
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
        }
    }

    private async Task FileAsync()
    {
        if (selectedChat is null)
        {
            return;
        }

        try
        {
            await ChatEndpoints.FileChatAsync(Grains, Time, selectedChat.Summary.SessionId,
                new ChatComplaintRequest(fileCategory, null, null, null, null, null, null, fileConfidential, null), actor);
            selectedChat = await Grains.GetGrain<IChatSessionGrain>(selectedChat.Summary.SessionId).GetAsync(true);
            error = null;
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
        }
    }

    /// <summary>Red when past due, amber within a day, green otherwise; none without a clock.</summary>
    private string Clock(ComplaintSummary row) => row.Deadline is not { } d ? "none"
        : d.Overdue || AmbonCC.Complaints.Rules.ComplaintDeadlines.IsOverdue(d.Kind, d.DueAt, Time.GetUtcNow()) ? "overdue" : d.DueAt - Time.GetUtcNow() < TimeSpan.FromDays(1) ? "soon" : "ok";

    private string ClockStyle(ComplaintSummary row) => Clock(row) switch
    {
        "overdue" => "color:#fff;background:#c62828;padding:2px 6px;border-radius:4px",
        "soon" => "background:#ffb300;padding:2px 6px;border-radius:4px",
        "ok" => "color:#2e7d32",
        _ => "",
    };

    private string Wit(DateTimeOffset at) => CityTime.ToCityTime(at).ToString("dd/MM HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + CityTime.Label;

    public ValueTask DisposeAsync() => live?.DisposeAsync() ?? ValueTask.CompletedTask;
}
