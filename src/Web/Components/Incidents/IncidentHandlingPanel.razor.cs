using AmbonCC.Incidents;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using AmbonCC.Web.Resources;
using MudBlazor;

namespace AmbonCC.Web.Components.Incidents;

public partial class IncidentHandlingPanel
{
    private string? assignee;
    private string? comment;
    private string? mergeFrom;
    private bool canWork;

    [Parameter, EditorRequired] public IncidentView Incident { get; set; } = default!;
    [Parameter, EditorRequired] public IncidentActions Actions { get; set; } = default!;
    [Parameter] public EventCallback<IncidentView> OnChanged { get; set; }
    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IStringLocalizer<IncidentsText> Text { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private bool Open => Incident.Status == IncidentStatus.Open;

    private IIncidentGrain Grain => Grains.GetGrain<IIncidentGrain>(Incident.Id);

    protected override async Task OnParametersSetAsync() =>
        canWork = AccessPolicies.Allows((await Auth).User, AccessPolicies.WorkIncidents);

    private Task AcknowledgeAsync() => RunAsync(AccessPolicies.AcknowledgeAlarms, user => Actions.AcknowledgeAsync(Incident.Id, user, null));

    private Task EscalateAsync() => RunAsync(AccessPolicies.WorkIncidents, user => Grain.EscalateAsync(user, null));

    private Task AssignAsync() => RunAsync(AccessPolicies.AssignIncidents, user => Grain.AssignAsync(user, assignee));

    private Task TickAsync(string step, bool done) => RunAsync(AccessPolicies.WorkIncidents, user => Grain.TickAsync(user, step, done));

    private async Task CommentAsync()
    {
        await RunAsync(AccessPolicies.WorkIncidents, user => Grain.CommentAsync(user, comment ?? ""));
        comment = null;
    }

    private async Task MergeAsync()
    {
        // A merge moves another incident's whole history here and closes it: asked once more, by name.
        var from = mergeFrom?.Trim() ?? "";
        if (await Dialogs.ShowMessageBoxAsync(Text["ConfirmMergeTitle"], Text["ConfirmMerge", from, Incident.Id], Text["ConfirmYes"], cancelText: Text["ConfirmNo"]) != true)
        {
            return;
        }

        await RunAsync(AccessPolicies.WorkIncidents, user => Actions.MergeAsync(Incident.Id, mergeFrom?.Trim() ?? "", user));
        mergeFrom = null;
    }

    /// <summary>Acts as the signed-in user when the policy allows it; a refusal from the grain is shown, not thrown.</summary>
    private async Task RunAsync(string policy, Func<string, Task<IncidentView>> action)
    {
        var principal = (await Auth).User;
        if (!AccessPolicies.Allows(principal, policy) || principal.Identity?.Name is not { } user)
        {
            return;
        }

        try
        {
            await OnChanged.InvokeAsync(await action(user));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
    }
}
