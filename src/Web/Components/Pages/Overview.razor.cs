using AmbonCC.Web.Security;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Live;
using AmbonCC.Overview;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Web.Components.Rivers;
using AmbonCC.Web.Live;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

public partial class Overview
{
    private const int Shown = 10;
    private List<Bulletin> bulletins = [];
    private long bulletinTotal;
    private string? draft;
    private LiveView? live;
    private int openIncidents;
    private DateTimeOffset openIncidentsAt;
    private CityCounts? counts;
    private List<GaugeStatus> gauges = [];
    private IEnumerable<Kelurahan> kelurahan = [];

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        live = new LiveView(Hub, InvokeAsync, StateHasChanged)
            .On<BulletinPosted>(OnBulletin)
            .On<GaugeLevelChanged>(OnReading)
            .On<GaugeThresholdsChanged>(e => Replace(e.Status))
            .On<IncidentQueueChanged>(OnQueueChanged);
        await live.StartAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        counts = await Catalog.CountsAsync();
        kelurahan = (await Catalog.KelurahanAsync()).Values;
        gauges = await Catalog.GaugeStatusesAsync();
        // Queue events announced before this read are in it already; those after it may be newer.
        openIncidentsAt = Time.GetUtcNow();
        openIncidents = (await Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync()).Count;
        bulletins = [.. await Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).GetRecentAsync(Shown)];
        bulletinTotal = bulletins.Count == 0 ? 0 : bulletins[0].Number;
    }

    private void OnBulletin(BulletinPosted evt)
    {
        if (evt.Bulletin.Number <= bulletinTotal)
        {
            return; // the snapshot already had it
        }

        bulletins.Insert(0, evt.Bulletin);
        if (bulletins.Count > Shown)
        {
            bulletins.RemoveRange(Shown, bulletins.Count - Shown);
        }

        bulletinTotal = evt.Bulletin.Number;
    }

    // Readings fold into the map without a grain call; the Rivers page has the details.
    private void OnReading(GaugeLevelChanged evt)
    {
        var index = gauges.FindIndex(g => g.Code == evt.Code);
        if (index >= 0)
        {
            gauges[index] = evt.ApplyTo(gauges[index]);
        }
    }

    private void Replace(GaugeStatus status)
    {
        var index = gauges.FindIndex(g => g.Code == status.Code);
        if (index >= 0)
        {
            gauges[index] = status;
        }
    }

    // The queue's own count, taken when it changed; an older one (the snapshot was newer) is ignored.
    private void OnQueueChanged(IncidentQueueChanged evt)
    {
        if (evt.At >= openIncidentsAt)
        {
            (openIncidents, openIncidentsAt) = (evt.OpenCount, evt.At);
        }
    }

    private void OpenGauge(string code) => Navigation.NavigateTo($"/rivers?gauge={Uri.EscapeDataString(code)}");

    private async Task PostAsync()
    {
        var user = (await Auth).User;
        if (!AccessPolicies.Allows(user, AccessPolicies.PostBulletins))
        {
            return;
        }

        try
        {
            await Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).PostAsync(user.Identity?.Name ?? "?", draft ?? "");
            draft = null;
        }
        catch (ArgumentException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
    }


    public ValueTask DisposeAsync()
    {
        return live?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
