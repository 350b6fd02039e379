using System.Security.Claims;
using AmbonCC.Cameras;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Complaints;
using AmbonCC.Web.Live;

namespace AmbonCC.Web.Map;

/// <summary>
/// One screen's live <see cref="CityPicture"/>: subscribes (through <see cref="LiveView"/>) to the typed events of every
/// layer, loads the snapshot, then applies each event's row. Complaints come from their own hub (their change notice
/// carries no row), so each change reads that one complaint's index row. A host page may add its own events to
/// <see cref="Live"/> before <see cref="StartAsync"/>.
/// </summary>
public sealed class CityPictureFeed : IAsyncDisposable
{
    private readonly CityPictureLoader loader;
    private readonly ComplaintLiveHub complaints;
    private readonly Func<Func<Task>, Task> invoke;
    private readonly Action render;
    private ClaimsPrincipal user = new();
    private MapLayers layers;
    private IDisposable? complaintSubscription;

    public CityPictureFeed(LiveHub hub, ComplaintLiveHub complaints, CityPictureLoader loader, Func<Func<Task>, Task> invoke, Action render)
    {
        (this.loader, this.complaints, this.invoke, this.render) = (loader, complaints, invoke, render);
        Live = new LiveView(hub, invoke, render)
            .On<GaugeLevelChanged>(e => Picture?.Apply(e))
            .On<GaugeThresholdsChanged>(e => Picture?.Apply(e.Status))
            .On<CameraStatusChanged>(e => Picture?.Apply(e.Status))
            .On<TerminalStatusChanged>(e => Picture?.Apply(e.Status))
            .On<IncidentQueueChanged>(e => Picture?.Apply(e.Summary));
    }

    public LiveView Live { get; }

    /// <summary>Null until the first snapshot has loaded; replaced (not changed) when the hub asks for a resync.</summary>
    public CityPicture? Picture { get; private set; }

    public async Task StartAsync(MapLayers wanted, ClaimsPrincipal reader, Func<Task>? alsoLoad = null)
    {
        (layers, user) = (wanted, reader);
        if ((wanted & MapAccess.Allowed(reader) & MapLayers.Complaints) != 0)
        {
            complaintSubscription = complaints.Subscribe(OnComplaintAsync);
        }

        await Live.StartAsync(async () =>
        {
            Picture = await loader.LoadAsync(layers, user);
            if (alsoLoad is not null)
            {
                await alsoLoad();
            }
        });
    }

    private Task OnComplaintAsync(ComplaintChange change) => invoke(async () =>
    {
        var row = await loader.ComplaintAsync(change.ComplaintId, user);
        if (Picture is { } picture)
        {
            picture.ApplyComplaint(change.ComplaintId, row);
            render();
        }
    });

    public async ValueTask DisposeAsync()
    {
        complaintSubscription?.Dispose();
        await Live.DisposeAsync();
    }
}
