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
    private List<Bulletin> bulletins = [];
    private long bulletinTotal;
    private string? draft;
    private IDisposable? subscription;
    private IDisposable? incidentSubscription;
    private int openIncidents;
    private CityCounts? counts;
    private IDisposable? riverSubscription;
    private List<GaugeStatus> gauges = [];
    private IEnumerable<Kelurahan> kelurahan = [];

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Subscribe before loading the snapshot so that nothing posted in between is missed.
        subscription = Hub.Subscribe(LiveStreamIds.Overview, OnLiveEventAsync);
        incidentSubscription = Hub.Subscribe(LiveStreamIds.Incidents, OnIncidentEventAsync);
        riverSubscription = Hub.Subscribe(LiveStreamIds.Rivers, OnRiverEventAsync);
        counts = await Catalog.CountsAsync();
        kelurahan = (await Catalog.KelurahanAsync()).Values;
        gauges = await Catalog.GaugeStatusesAsync();
        openIncidents = (await IncidentQueue.GetOpenAsync()).Count;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        bulletins = [.. await Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).GetRecentAsync(10)];
        bulletinTotal = bulletins.Count == 0 ? 0 : bulletins[0].Number;
    }

    private Task OnLiveEventAsync(LiveEvent evt) => InvokeAsync(async () =>
    {
        if (evt.Kind == "bulletin")
        {
            await ReloadAsync();
            StateHasChanged();
        }
    });

    // Readings fold into the map without a grain call; the Rivers page has the details.
    private Task OnRiverEventAsync(LiveEvent evt) => InvokeAsync(() =>
    {
        var index = gauges.FindIndex(g => g.Code == evt.SubjectId);
        if (index >= 0)
        {
            gauges[index] = RiverFormat.Apply(gauges[index], evt);
            StateHasChanged();
        }
    });

    private void OpenGauge(string code) => Navigation.NavigateTo($"/rivers?gauge={Uri.EscapeDataString(code)}");

    private IIncidentQueueGrain IncidentQueue => Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City);

    // Only queue events change the count; asking the queue (not parsing the event) keeps the card right even
    // when events arrive out of order.
    private Task OnIncidentEventAsync(LiveEvent evt) => evt.Kind != "queue" ? Task.CompletedTask : InvokeAsync(async () =>
    {
        openIncidents = (await IncidentQueue.GetOpenAsync()).Count;
        StateHasChanged();
    });

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
        subscription?.Dispose();
        incidentSubscription?.Dispose();
        riverSubscription?.Dispose();
        return ValueTask.CompletedTask;
    }
}
