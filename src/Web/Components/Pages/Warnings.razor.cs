using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Warnings;
using AmbonCC.Web.Components.Warnings;
using AmbonCC.Web.Live;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

public partial class Warnings
{
    private IReadOnlyList<WarningSummary>? list;
    private WarningView? selected;
    private bool includeClosed, isSupervisor, mayReadRecipients, busy;
    private string? reason;
    private string userName = "?";
    private IReadOnlyDictionary<string, Kelurahan> kelurahan = new Dictionary<string, Kelurahan>();
    private LiveView? live;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    /// <summary>Links from elsewhere (the incident, a notification) open one warning: /warnings?id=ID.</summary>
    [SupplyParameterFromQuery(Name = "id")] public string? WarningQuery { get; set; }

    private IWarningRegistryGrain Registry => Grains.GetGrain<IWarningRegistryGrain>(CityKeys.City);

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        userName = user.Identity?.Name ?? "?";
        // The same rules as the endpoints: approve/reject/cancel, and who sees the recipients' personal data.
        isSupervisor = AccessPolicies.Allows(user, AccessPolicies.ApproveWarnings);
        mayReadRecipients = AccessPolicies.Allows(user, AccessPolicies.ReadRecipients);
        kelurahan = await Catalog.KelurahanAsync();
        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<WarningChanged>(OnWarningChangedAsync);
        await live.StartAsync(ReloadListAsync);
        var first = WarningQuery ?? list?.FirstOrDefault(w => w.PendingApproval)?.Id;
        if (first is not null)
        {
            selected = Shown(await Grains.GetGrain<IFloodWarningGrain>(first).GetAsync());
        }
    }

    // The event carries the row: the list changes in place; only the open warning's details are read again.
    private async Task OnWarningChangedAsync(WarningChanged evt)
    {
        list = WarningRows.Apply(list ?? [], evt.Summary, includeClosed);
        if (evt.SubjectId == selected?.Id)
        {
            selected = Shown(await Grains.GetGrain<IFloodWarningGrain>(evt.SubjectId).GetAsync());
        }
    }

    private async Task ReloadListAsync() => list = WarningRows.Order(await Registry.ListAsync(includeClosed));

    private async Task IncludeClosedChangedAsync(bool value)
    {
        includeClosed = value;
        await ReloadListAsync();
    }

    private async Task RowClickedAsync(TableRowClickEventArgs<WarningSummary> args)
    {
        if (args.Item is { } row)
        {
            reason = null;
            selected = Shown(await Grains.GetGrain<IFloodWarningGrain>(row.Id).GetAsync());
        }
    }

    private string RowClass(WarningSummary row, int index) =>
        "cursor-pointer" + (row.Id == selected?.Id ? " mud-selected-item" : "");

    private Task ApproveAsync() => ActAsync(w => w.ApproveAsync(userName));

    private Task RejectAsync() => ActAsync(w => w.RejectAsync(userName, reason ?? ""));

    private Task CancelAsync() => ActAsync(w => w.CancelAsync(userName, reason ?? ""));

    private async Task ActAsync(Func<IFloodWarningGrain, Task<WarningView>> action)
    {
        if (selected is null || !isSupervisor)
        {
            return;
        }

        busy = true;
        try
        {
            selected = Shown(await action(Grains.GetGrain<IFloodWarningGrain>(selected.Id)));
            reason = null;
            await ReloadListAsync();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Someone else may have acted first; show why, and the state as it is now.
            Snackbar.Add(ex.Message, Severity.Error);
            selected = Shown(await Grains.GetGrain<IFloodWarningGrain>(selected.Id).GetAsync());
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>How the warning is issued: automatically, waiting for a Supervisor, or already approved by one.</summary>
    private string ApprovalText(WarningView w) =>
        w.AutoIssue ? WarningText["AutoIssued"]
        : w.Pending is not null ? WarningText["NeedsApproval"]
        : w.Messages.Count > 0 ? WarningText["SupervisorApproved"]
        : "";

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(view))]
    private WarningView? Shown(WarningView? view) => view is null || mayReadRecipients ? view : PersonalData.Redact(view);

    private static string CapLink(string id, int number) => $"/api/v1/warnings/{Uri.EscapeDataString(id)}/cap?number={number}";

    public ValueTask DisposeAsync()
    {
        return live?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
