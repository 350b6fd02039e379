using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Live;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.Cameras;

/// <summary>
/// One request: its letter and state, the next step the reader's role may take (decide, export, hand over,
/// release), the custody log with its verification, and the handover record once handed over. Live.
/// </summary>
public partial class EvidenceDetailPage : IAsyncDisposable
{
    private EvidenceView? view;
    private CustodyReport? custody;
    private bool loaded, mayDecide;
    private string me = "?";
    private string? reason, releaseReason, fileName, sha256, officer, stepError;
    private long sizeBytes;
    private LiveView? live;

    [Parameter] public string Id { get; set; } = "";

    [Inject] private EvidenceDesk Desk { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityClock City { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private string Me => me;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Auth).User;
        me = user.Identity?.Name ?? "?";
        mayDecide = AccessPolicies.Allows(user, AccessPolicies.ApproveEvidence);
        if (live is not null)
        {
            await live.DisposeAsync();
        }

        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<EvidenceChanged>(ApplyAsync);
        await live.StartAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        view = await Desk.Request(Id).GetAsync();
        custody = view is null ? null : await Desk.Request(Id).GetCustodyAsync();
        officer ??= view?.Request.OfficerName;
        loaded = true;
    }

    /// <summary>The row comes with the event; the custody log (a new entry) is read again for this request only.</summary>
    private async Task ApplyAsync(EvidenceChanged evt)
    {
        if (evt.SubjectId == Id)
        {
            view = evt.View;
            custody = await Desk.Request(Id).GetCustodyAsync();
        }
    }

    /// <summary>Runs one step; a refusal (missing field, wrong state) is shown, nothing else changes.</summary>
    private async Task StepAsync(Func<IEvidenceRequestGrain, Task<EvidenceView>> step, bool supervisorOnly = false)
    {
        stepError = null;
        if (supervisorOnly && !mayDecide)
        {
            return; // the buttons are not rendered for other roles; a forged event changes nothing
        }

        try
        {
            view = await step(Desk.Request(Id));
            custody = await Desk.Request(Id).GetCustodyAsync();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            stepError = T["StepFailed", ex is ArgumentException { ParamName: { } p } ? $"{p}: {T["ErrInvalid"]}" : ex.Message];
        }
    }

    private static string Text(string? value, string field) => EvidenceEndpoints.Required(value, field);

    public ValueTask DisposeAsync() => live?.DisposeAsync() ?? ValueTask.CompletedTask;
}
