using System.Globalization;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Web.Complaints;
using AmbonCC.Web.Live;
using AmbonCC.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace AmbonCC.Web.Map;

/// <summary>
/// The overview's live part: KPI tiles, the latest incidents and the city map, all read from one
/// <see cref="CityPicture"/> that live events keep current. <see cref="Wall"/> lays it out for a video wall.
/// </summary>
public partial class OverviewBoard : IAsyncDisposable
{
    private const int FeedRows = 8;
    private ElementReference board;
    private CityPictureFeed? feed;
    private OverviewKpis? kpis;
    private List<IncidentSummary> latest = [];
    private IJSObjectReference? fullscreen;

    [Parameter] public bool Wall { get; set; }

    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityPictureLoader Loader { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private CityClock CityTime { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IStringLocalizer<MapText> Text { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private bool ShowFeed => feed?.Picture is { } p && (p.Layers & MapLayers.Incidents) != 0;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        feed = new CityPictureFeed(Hub, Loader, InvokeAsync, StateHasChanged);
        await feed.StartAsync(MapLayers.All, user);
    }

    // Every render recomputes from the picture: a few hundred rows, cheaper than keeping each figure in step by hand.
    protected override void OnParametersSet() => Recompute();

    protected override bool ShouldRender()
    {
        Recompute();
        return true;
    }

    private void Recompute()
    {
        if (feed?.Picture is { } picture)
        {
            kpis = OverviewKpis.From(picture, Time.GetUtcNow(), CityTime);
            latest = [.. picture.Incidents.Values.OrderByDescending(i => i.LastUpdatedAt).Take(FeedRows)];
        }
    }

    private static string Rupiah(decimal value) => decimal.Round(value, 0).ToString("N0", CultureInfo.GetCultureInfo("id-ID"));

    private async Task FullscreenAsync()
    {
        fullscreen ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/fullscreen.js");
        await fullscreen.InvokeVoidAsync("toggle", board);
    }

    public async ValueTask DisposeAsync()
    {
        if (feed is not null)
        {
            await feed.DisposeAsync();
        }

        try
        {
            if (fullscreen is not null)
            {
                await fullscreen.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone.
        }
    }
}
