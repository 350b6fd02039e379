using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.Shifts;
using AmbonCC.Web.Shifts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

/// <summary>Start and end one's shift; the handover of the last shifts and what is open on the incident queue now (read only).</summary>
public partial class Shifts
{
    private ShiftRoster roster = new([], []);
    private IReadOnlyList<IncidentSummary> openNow = [];
    private ShiftRecord? mine;
    private string? note;
    private string userName = "";

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        userName = (await Auth).User.Identity?.Name ?? "";
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        roster = await ShiftEndpoints.Roster(Grains).GetAsync();
        openNow = await Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync();
        mine = roster.OnShift.FirstOrDefault(s => s.Operator == userName);
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
