using System.Security.Claims;
using AmbonCC.Web.Complaints;
using AmbonCC.Web.Live;
using AmbonCC.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace AmbonCC.Web.Map;

/// <summary>
/// The city map (Leaflet, from wwwroot/lib): cameras, gauges, terminal groups, open complaints and incidents,
/// coloured by state, live. Embed with <c>Layers</c> to choose what it shows. It runs its own
/// <see cref="CityPictureFeed"/>, unless the host page passes the <see cref="Picture"/> it already keeps live
/// (the overview, whose tiles read the same picture).
/// </summary>
public partial class CityMap : IAsyncDisposable
{
    private ElementReference element;
    private IJSObjectReference? module, map;
    private CityPictureFeed? ownFeed;
    private CityPicture? drawn;
    private readonly HashSet<string> drawnIds = [];
    private int drawnCount;
    private bool syncing, again, disposed;

    [Parameter] public MapLayers Layers { get; set; } = MapLayers.All;
    /// <summary>The host's live picture; with <see cref="Hosted"/>, null means "not loaded yet", not "load your own".</summary>
    [Parameter] public CityPicture? Picture { get; set; }

    [Parameter] public bool Hosted { get; set; }
    [Parameter] public string Height { get; set; } = "440px";

    /// <summary>False draws every marker on its own (a page of a few dozen things whose each colour matters, e.g. the camera wall).</summary>
    [Parameter] public bool Clustered { get; set; } = true;

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ILogger<CityMap> Logger { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityPictureLoader Loader { get; set; } = default!;
    [Inject] private IOptions<MapOptions> Options { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IStringLocalizer<MapText> Text { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }

    private CityPicture? Current => Picture ?? ownFeed?.Picture;

    protected override async Task OnInitializedAsync()
    {
        if (!Hosted && RendererInfo.IsInteractive)
        {
            var user = Auth is null ? new ClaimsPrincipal() : (await Auth).User;
            ownFeed = new CityPictureFeed(Hub, Loader, InvokeAsync, StateHasChanged);
            await ownFeed.StartAsync(Layers, user);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Renders can overlap across awaits: one sync runs at a time, and a render during it asks for one more.
        if (syncing)
        {
            again = true;
            return;
        }

        syncing = true;
        try
        {
            do
            {
                again = false;
                await SyncAsync();
            }
            while (again && !disposed);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; nothing left to draw on.
        }
        catch (JSException ex)
        {
            // A map that cannot draw must not take the page (tiles, incidents, bulletins) down with it.
            Logger.LogWarning(ex, "The city map failed to draw");
        }
        finally
        {
            syncing = false;
        }
    }

    private async Task SyncAsync()
    {
        if (Current is not { } picture || disposed)
        {
            return;
        }

        if (map is null)
        {
            module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/citymap.js");
            var o = Options.Value;
            map = await module.InvokeAsync<IJSObjectReference>("create", element, new
            {
                tileUrl = o.TileUrl,
                attribution = o.TileAttribution,
                baseUrl = "api/v1/map/base",
                latitude = -3.6954,
                longitude = 128.1814,
                zoom = 13,
                cluster = Clustered,
                layers = Enum.GetValues<MapLayers>().Where(l => l is not (MapLayers.None or MapLayers.All) && (picture.Layers & l) != 0).Select(LayerName),
            });
        }

        var (js, handle) = (module!, map);
        var now = Time.GetUtcNow();
        if (!ReferenceEquals(picture, drawn))
        {
            // A new snapshot (first load or a resync): draw it whole, drop what it no longer has.
            var first = drawn is null;
            picture.TakeChanged();
            var items = MapItems.All(picture, now).ToList();
            var gone = drawnIds.Except(items.Select(i => i.Id)).ToList();
            await js.InvokeVoidAsync("remove", handle, gone);
            await js.InvokeVoidAsync("upsert", handle, items.Select(Row));
            drawnIds.Clear();
            drawnIds.UnionWith(items.Select(i => i.Id));
            drawn = picture;
            if (first)
            {
                await js.InvokeVoidAsync("fit", handle);
            }
        }
        else
        {
            var changed = picture.TakeChanged();
            if (changed.Count == 0)
            {
                return;
            }

            var items = changed.Select(id => (Id: id, Item: MapItems.Item(picture, id, now))).ToList();
            var gone = items.Where(i => i.Item is null).Select(i => i.Id).ToList();
            await js.InvokeVoidAsync("remove", handle, gone);
            await js.InvokeVoidAsync("upsert", handle, items.Where(i => i.Item is not null).Select(i => Row(i.Item!)));
            drawnIds.ExceptWith(gone);
            drawnIds.UnionWith(items.Where(i => i.Item is not null).Select(i => i.Id));
        }

        if (drawnCount != drawnIds.Count)
        {
            drawnCount = drawnIds.Count;
            StateHasChanged();
        }
    }

    private static string LayerName(MapLayers layer) => layer.ToString().ToLowerInvariant();

    private object Row(MapItem item) => new
    {
        id = item.Id,
        layer = LayerName(item.Layer),
        latitude = item.Latitude,
        longitude = item.Longitude,
        title = item.Title,
        tone = MapStyle.Name(item.Tone),
        colour = MapStyle.Colour(item.Tone),
        state = Text[item.StateKey, [.. item.StateArgs]].Value,
        href = item.Href,
        linkText = Text["Open"].Value,
        count = item.Count,
    };

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        if (ownFeed is not null)
        {
            await ownFeed.DisposeAsync();
        }

        try
        {
            if (map is not null && module is not null)
            {
                await module.InvokeVoidAsync("dispose", map);
                await map.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone with the circuit.
        }
    }
}
