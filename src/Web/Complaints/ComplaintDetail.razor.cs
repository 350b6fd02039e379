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
    private IDisposable? subscription;

    [Parameter] public string Id { get; set; } = "";
    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private ComplaintLiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog City { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Auth).User;
        isDesk = ComplaintAccess.IsDesk(user);
        reader = ComplaintAccess.ReaderFor(user);
        subscription ??= Hub.Subscribe(change => change.ComplaintId == Id ? InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }) : Task.CompletedTask);
        opds = isDesk ? await City.OpdsAsync() : [];
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var user = (await Auth).User;
        view = await ComplaintEndpoints.ReadAsync(Id, user, Grains);
        loaded = true;
        conversation = view?.Conversation ?? [];
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

    public ValueTask DisposeAsync()
    {
        subscription?.Dispose();
        return ValueTask.CompletedTask;
    }
}
