using System.Security.Claims;
using AmbonCC.Cameras;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Live;

namespace AmbonCC.Web.Map;

/// <summary>
/// One screen's live <see cref="CityPicture"/>: subscribes (through <see cref="LiveView"/>) to the typed events of every
/// layer, loads the snapshot, then applies each event's row. A complaint's change is read back as that one complaint's
/// row for this reader (what a reader may see of a complaint depends on who they are). A host page may add its own events to
/// <see cref="Live"/> before <see cref="StartAsync"/>.
/// </summary>
public sealed class CityPictureFeed : IAsyncDisposable
{
    private readonly CityPictureLoader loader;
    private ClaimsPrincipal user = new();
    private MapLayers layers;

    public CityPictureFeed(LiveHub hub, CityPictureLoader loader, Func<Func<Task>, Task> invoke, Action render)
    {
        this.loader = loader;
        Live = new LiveView(hub, invoke, render)
            .On<ComplaintChange>(OnComplaintAsync)
            .On<GaugeLevelChanged>(e => Picture?.Apply(e))
            .On<GaugeThresholdsChanged>(e => Picture?.Apply(e.Status))
            .On<CameraStatusChanged>(e => Picture?.Apply(e.Status))
            .On<TerminalStatusChanged>(e => Picture?.Apply(e))
            .On<IncidentQueueChanged>(e => Picture?.Apply(e.Summary));
    }

    public LiveView Live { get; }

    /// <summary>Null until the first snapshot has loaded; replaced (not changed) when the hub asks for a resync.</summary>
    public CityPicture? Picture { get; private set; }

    public async Task StartAsync(MapLayers wanted, ClaimsPrincipal reader, Func<Task>? alsoLoad = null)
    {
        (layers, user) = (wanted, reader);

        await Live.StartAsync(async () =>
        {
            Picture = await loader.LoadAsync(layers, user);
            if (alsoLoad is not null)
            {
                await alsoLoad();
            }
        });
    }

    private async Task OnComplaintAsync(ComplaintChange change)
    {
        if ((layers & MapAccess.Allowed(user) & MapLayers.Complaints) != 0 && Picture is { } picture)
        {
            picture.ApplyComplaint(change.ComplaintId, await loader.ComplaintAsync(change.ComplaintId, user));
        }
    }

    public ValueTask DisposeAsync() => Live.DisposeAsync();
}
