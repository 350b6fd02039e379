using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.Shifts;
using AmbonCC.Web.Components.Incidents;
using AmbonCC.Web.Live;
using AmbonCC.Web.Shifts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

/// <summary>
/// Start and end one's shift; the handover of the last shifts and what is open on the incident queue now (read only).
/// Live: another operator's start, end or take-over arrives as the roster it produced (<see cref="ShiftRosterChanged"/>),
/// and the open incidents follow the queue (<see cref="IncidentQueueChanged"/>), so the handover shows what is open now.
/// </summary>
public partial class Shifts
{
    private LiveView? live;
    private ShiftRoster roster = new([], []);
    private IReadOnlyList<IncidentSummary> openNow = [];
    private ShiftRecord? mine;
    private string? note;
    private string userName = "";

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        userName = (await Auth).User.Identity?.Name ?? "";
        live = new LiveView(Hub, InvokeAsync, StateHasChanged)
            .On<ShiftRosterChanged>(evt => Apply(evt.Roster))
            .On<IncidentQueueChanged>(evt => openNow = IncidentRows.Apply(openNow, evt.Summary));
        await live.StartAsync(LoadAsync);
    }

    private void Apply(ShiftRoster changed)
    {
        roster = changed;
        mine = roster.OnShift.FirstOrDefault(s => s.Operator == userName);
    }

    public ValueTask DisposeAsync()
    {
        return live?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private async Task LoadAsync()
    {
        var current = await ShiftEndpoints.Roster(Grains).GetAsync();
        openNow = await Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync();
        Apply(current);
    }

    private Task StartAsync(string? takeOver) => StepAsync(() => ShiftEndpoints.Roster(Grains).StartAsync(userName, takeOver));

    private Task EndAsync() => StepAsync(async () =>
    {
        var ended = await ShiftEndpoints.Roster(Grains).EndAsync(userName, note);
        note = null;
        return ended;
    });

    private async Task StepAsync(Func<Task<ShiftRecord>> step)
    {
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }

        await LoadAsync();
    }

    private string At(DateTimeOffset at) => CityTime.ToCityTime(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
