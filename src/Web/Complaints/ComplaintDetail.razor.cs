using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.Complaints;

/// <summary>
/// One complaint: what the reader may see of it (the grain shapes it and audits a view of the identity), the
/// conversation (its chat, when it came from one), the audited history, and the steps this reader may take.
/// </summary>
public partial class ComplaintDetail
{
    private ComplaintView? view;
    private IReadOnlyList<ChatLine> conversation = [];
    private ImmutableArray<Opd> opds = [];
    private string? note;
    private string? dispatchTo;
    private string? error;
    private bool loaded;
    private bool isDesk;
    private ComplaintReader reader = new("", ReaderKind.Public);
    private AmbonCC.Web.Live.LiveView? live;
    private IReadOnlyList<ComplaintSummary> duplicates = [];

    [Parameter] public string Id { get; set; } = "";
    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private AmbonCC.Web.Live.LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog City { get; set; } = default!;
    [Inject] private Microsoft.Extensions.Options.IOptions<ComplaintOptions> Options { get; set; } = default!;
    [Inject] private ComplaintClock Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Auth).User;
        isDesk = ComplaintAccess.IsDesk(user);
        reader = ComplaintAccess.ReaderFor(user);
        opds = isDesk ? await City.OpdsAsync() : [];
        if (live is null)
        {
            // The view is shaped per reader by the grain (identity, audit), so a change of this complaint re-reads it.
            live = new AmbonCC.Web.Live.LiveView(Hub, InvokeAsync, StateHasChanged)
                .On<ComplaintChange>(change => change.ComplaintId == Id ? LoadAsync() : Task.CompletedTask);
            await live.StartAsync(LoadAsync);
        }
        else
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var user = (await Auth).User;
        view = await ComplaintEndpoints.ReadAsync(Id, user, Grains);
        loaded = true;
        conversation = view?.Conversation ?? [];
        duplicates = isDesk && view is { Location.HasPoint: true, MergedInto: null }
            ? await Grains.GetGrain<IComplaintIndexGrain>(AmbonCC.Platform.CityKeys.City).DuplicatesAsync(
                view.Id, view.Category, view.Location.Latitude!.Value, view.Location.Longitude!.Value, view.ReceivedAt)
            : [];
    }

    /// <summary>An operator or the OPD attaches a photo or PDF: the same checks as the API (type by bytes, size, count).</summary>
    private async Task UploadAsync(Microsoft.AspNetCore.Components.Forms.InputFileChangeEventArgs e)
    {
        var limit = Options.Value.MaxAttachmentBytes;
        if (e.File.Size > limit)
        {
            error = T["AttachmentTooLarge", limit / 1024];
            return;
        }

        try
        {
            using var buffer = new MemoryStream();
            await e.File.OpenReadStream(limit).CopyToAsync(buffer);
            var data = buffer.ToArray();
            if (AttachmentRules.Detect(data) is not { } type)
            {
                error = T["AttachmentType"];
                return;
            }

            var user = (await Auth).User;
            var side = isDesk ? ChatSide.Operator : ChatSide.Opd;
            var attachment = await AttachmentEndpoints.StoreBytesAsync(Id, e.File.Name, type, data, side, ComplaintAccess.Actor(user), Grains, Clock.GetUtcNow());
            await Grains.GetGrain<IComplaintGrain>(Id).AttachAsync(attachment);
            error = null;
            await LoadAsync();
        }
        catch (InvalidOperationException ex)
        {
            error = ex.Message;
        }
    }

    /// <summary>Merges this complaint into a suggested duplicate: the survivor keeps both histories and conversations.</summary>
    private async Task MergeIntoAsync(string into)
    {
        if (view is null)
        {
            return;
        }

        try
        {
            var actor = ComplaintAccess.Actor((await Auth).User);
            await Grains.GetGrain<IComplaintGrain>(into).AbsorbAsync(view, actor);
            await Grains.GetGrain<IComplaintGrain>(Id).ActAsync(new ComplaintCommand(ComplaintAction.MergeInto, actor, null, OtherId: into));
            error = null;
            await LoadAsync();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            error = ex.Message;
        }
    }

    private IEnumerable<ComplaintAction> Actions()
    {
        if (view is null)
        {
            return [];
        }

        var available = ComplaintLifecycle.Available(view.Status).Where(a => a != ComplaintAction.MergeInto);
        return isDesk ? available.Where(a => a != ComplaintAction.FollowUp)
            : reader.Kind == ReaderKind.Opd ? available.Where(a => a == ComplaintAction.FollowUp) : [];
    }

    private async Task ActAsync(ComplaintAction action)
    {
        try
        {
            var user = (await Auth).User;
            await Grains.GetGrain<IComplaintGrain>(Id).ActAsync(new ComplaintCommand(
                action, ComplaintAccess.Actor(user), string.IsNullOrWhiteSpace(note) ? null : note,
                action == ComplaintAction.FollowUp ? ComplaintAccess.OpdOf(user) : dispatchTo,
                Satisfied: action == ComplaintAction.Confirm ? true : null));
            note = null;
            error = null;
            await LoadAsync();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            error = ex.Message;
        }
    }

    private string Wit(DateTimeOffset at) => CityTime.ToCityTime(at).ToString("dd/MM HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + CityTime.Label;

    public ValueTask DisposeAsync() => live?.DisposeAsync() ?? ValueTask.CompletedTask;
}
