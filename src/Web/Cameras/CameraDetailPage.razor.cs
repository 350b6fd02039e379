using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.Web.Live;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Cameras;

public partial class CameraDetailPage : IAsyncDisposable
{
    private CameraProfile? profile;
    private CameraStatus? status;
    private IReadOnlyList<CameraTimelineEntry> timeline = [];
    private bool loaded;
    private LiveView? live;

    [Parameter] public string Code { get; set; } = "";

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private CityClock City { get; set; } = default!;
    [Inject] private Microsoft.Extensions.Options.IOptions<CameraOptions> Options { get; set; } = default!;

    /// <summary>The VMS's live view (MJPEG) of this camera when a viewer is configured; else the latest picture.</summary>
    private string? ViewerUrl => Options.Value.ViewerUrlTemplate is { Length: > 0 } template
        ? template.Replace("{code}", Uri.EscapeDataString(Code), StringComparison.Ordinal)
        : null;

    protected override async Task OnParametersSetAsync()
    {
        if (live is not null)
        {
            await live.DisposeAsync();
        }

        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<CameraStatusChanged>(Apply);
        await live.StartAsync(LoadAsync);
    }

    /// <summary>The status comes with the event; the timeline (new lines) is read again only for this camera.</summary>
    private async Task Apply(CameraStatusChanged evt)
    {
        if (evt.SubjectId != Code || profile is null)
        {
            return;
        }

        status = evt.Status;
        timeline = await Grains.GetGrain<ICameraGrain>(Code).GetTimelineAsync();
    }

    private async Task LoadAsync()
    {
        var camera = Grains.GetGrain<ICameraGrain>(Code);
        profile = await camera.GetProfileAsync();
        status = await camera.GetStatusAsync();
        timeline = profile is null ? [] : await camera.GetTimelineAsync();
        loaded = true;
    }

    /// <summary>A browser shows HTTP(S) streams (HLS, MJPEG); RTSP opens in the VMS's own viewer.</summary>
    private static bool IsBrowserPlayable(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        if (live is not null)
        {
            await live.DisposeAsync();
        }
    }
}
