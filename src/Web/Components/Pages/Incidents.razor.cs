using AmbonCC.Web.Security;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.Web.Components.Incidents;
using AmbonCC.Web.Live;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

public partial class Incidents
{
    private IReadOnlyList<IncidentSummary>? open;
    private IncidentView? selected;
    private string? closeReason;
    private IReadOnlyDictionary<string, Kelurahan> kelurahan = new Dictionary<string, Kelurahan>();
    private LiveView? live;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IncidentActions Actions { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private IIncidentQueueGrain Queue => Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City);

    protected override async Task OnInitializedAsync()
    {
        kelurahan = await Catalog.KelurahanAsync();
        live = new LiveView(Hub, InvokeAsync, StateHasChanged)
            .On<IncidentQueueChanged>(e => open = IncidentRows.Apply(open ?? [], e.Summary))
            .On<IncidentChanged>(OnIncidentChangedAsync);
        await live.StartAsync(async () => open = await Queue.GetOpenAsync());
    }

    // The queue rows come with the events; only the open incident's timeline and alarms are read again.
    private async Task OnIncidentChangedAsync(IncidentChanged evt)
    {
        // The incident's own row is newer than the queue's copy (the queue hears of it a moment later).
        if (open is not null && (evt.Summary.Status == IncidentStatus.Closed || open.Any(i => i.Id == evt.SubjectId)))
        {
            open = IncidentRows.Apply(open, evt.Summary);
        }

        if (evt.SubjectId == selected?.Id)
        {
            selected = await Grains.GetGrain<IIncidentGrain>(evt.SubjectId).GetAsync();
        }
    }

    private async Task RowClickedAsync(TableRowClickEventArgs<IncidentSummary> args)
    {
        if (args.Item is { } row)
        {
            closeReason = null;
            selected = await Grains.GetGrain<IIncidentGrain>(row.Id).GetAsync();
        }
    }

    private string RowClass(IncidentSummary row, int index) =>
        "incident-row cursor-pointer" + (row.Id == selected?.Id ? " mud-selected-item" : "");

    private async Task AcknowledgeAsync(string alarmId)
    {
        var principal = (await Auth).User;
        if (!AccessPolicies.Allows(principal, AccessPolicies.AcknowledgeAlarms))
        {
            return;
        }

        var user = principal.Identity?.Name ?? "?";
        await Grains.GetGrain<IAlarmGrain>(alarmId).AcknowledgeAsync(user, null);
        // The live event refreshes every screen; this one refreshes now rather than a moment later.
        selected = selected is null ? null : await Grains.GetGrain<IIncidentGrain>(selected.Id).GetAsync();
    }

    private void Refresh(IncidentView view) => selected = view;

    private async Task SplitAsync(string alarmId)
    {
        var principal = (await Auth).User;
        if (selected is null || !AccessPolicies.Allows(principal, AccessPolicies.WorkIncidents)
            || await Dialogs.ShowMessageBoxAsync(IncidentText["ConfirmSplitTitle"], IncidentText["ConfirmSplit", alarmId, selected.Id], IncidentText["ConfirmYes"], cancelText: IncidentText["ConfirmNo"]) != true)
        {
            return;
        }

        try
        {
            await Actions.SplitAsync(selected.Id, alarmId, principal.Identity?.Name ?? "?");
            selected = await Grains.GetGrain<IIncidentGrain>(selected.Id).GetAsync();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
    }

    private async Task CloseAsync()
    {
        if (selected is null)
        {
            return;
        }

        var principal = (await Auth).User;
        if (!AccessPolicies.Allows(principal, AccessPolicies.CloseIncidents))
        {
            return;
        }

        var user = principal.Identity?.Name ?? "?";
        try
        {
            selected = await Grains.GetGrain<IIncidentGrain>(selected.Id).CloseAsync(user, closeReason ?? "");
            closeReason = null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
    }

    private string KelurahanNames(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => kelurahan.TryGetValue(c, out var k) ? k.Name : c));

    internal static Color SeverityColor(AlarmSeverity severity) => severity switch
    {
        AlarmSeverity.Critical => Color.Error,
        AlarmSeverity.Major => Color.Warning,
        AlarmSeverity.Minor => Color.Info,
        _ => Color.Default,
    };

    /// <summary>An alarm link reads as the alarm's summary in the reader's language; other links by their label.</summary>
    private string LinkLabel(IncidentView incident, IncidentLink link) =>
        link.Kind == IncidentLinkKind.Alarm && incident.Alarms.FirstOrDefault(a => a.Id == link.Id) is { } alarm
            ? Texts.AlarmSummary(alarm)
            : link.Label;

    public ValueTask DisposeAsync()
    {
        return live?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
