using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.Web.Live;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Cameras;

public partial class CameraWall : IAsyncDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);
    private List<CameraTile>? tiles;
    private IReadOnlyList<Kecamatan> kecamatanList = [];
    private bool showMap;
    private string category = "";
    private string kecamatan = "";
    private DateTimeOffset now;
    private LiveView? live;
    private readonly CancellationTokenSource stop = new();
    private int ticks;

    [Inject] private CameraWallLoader Loader { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>The mayor's office: no filters, no links, rotating through the categories.</summary>
    [Parameter] public bool ReadOnly { get; set; }

    /// <summary>Seconds each group stays on a read-only wall.</summary>
    [Parameter] public int RotateSeconds { get; set; } = 20;

    private CameraCategory? RotatingGroup { get; set; }

    protected override async Task OnInitializedAsync()
    {
        // Subscribes before loading; what arrives meanwhile is applied after the snapshot.
        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<CameraStatusChanged>(Apply);
        await live.StartAsync(LoadAsync);
        if (ReadOnly)
        {
            RotatingGroup = Groups().FirstOrDefault();
        }

        if (RendererInfo.IsInteractive)
        {
            _ = TickAsync();
        }
    }

    private IEnumerable<CameraTile> Visible() => (tiles ?? []).Where(t =>
        (ReadOnly ? RotatingGroup is null || t.Profile.Category == RotatingGroup
                  : (category.Length == 0 || t.Profile.Category.ToString() == category)
                    && (kecamatan.Length == 0 || t.KecamatanCode == kecamatan)));

    private IEnumerable<IGrouping<CameraHealth, CameraTile>> Counts() =>
        Visible().GroupBy(t => t.Status.Health).OrderByDescending(g => g.Key);

    private List<CameraCategory> Groups() => [.. (tiles ?? []).Select(t => t.Profile.Category).Distinct().Order()];

    private async Task LoadAsync()
    {
        now = Time.GetUtcNow();
        (tiles, kecamatanList, _) = await Loader.LoadAsync();
    }

    /// <summary>The event carries the camera's whole status: the tile takes it without asking the grain again.</summary>
    private void Apply(CameraStatusChanged evt)
    {
        var index = tiles?.FindIndex(t => t.Profile.Code == evt.SubjectId) ?? -1;
        if (index >= 0)
        {
            tiles![index] = tiles[index] with { Status = evt.Status };
            now = Time.GetUtcNow();
        }
    }

    /// <summary>Keeps "time since the last heartbeat" current and turns the read-only wall's groups.</summary>
    private async Task TickAsync()
    {
        using var timer = new PeriodicTimer(Tick, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                await InvokeAsync(() =>
                {
                    now = Time.GetUtcNow();
                    ticks++;
                    var groups = Groups();
                    if (ReadOnly && groups.Count > 0 && ticks * Tick.TotalSeconds % Math.Max(RotateSeconds, 5) < Tick.TotalSeconds)
                    {
                        RotatingGroup = groups[(groups.IndexOf(RotatingGroup ?? groups[0]) + 1) % groups.Count];
                    }

                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (live is not null)
        {
            await live.DisposeAsync();
        }

        await stop.CancelAsync();
        stop.Dispose();
    }
}
