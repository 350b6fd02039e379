using System.Globalization;
using AmbonCC.Web.Live;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Components.Pages;

/// <summary>The live path's lag and losses, refreshed every two seconds while the page is open.</summary>
public partial class OpsLive
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(2);
    private LiveLagSnapshot figures = new(0, 0, 0, 0, 0, 0, 0, 0, 0);
    private int subscribers;
    private ITimer? timer;

    [Inject] private LiveLagMetrics Metrics { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    protected override void OnInitialized()
    {
        Read();
        if (RendererInfo.IsInteractive)
        {
            timer = Time.CreateTimer(_ => _ = InvokeAsync(() =>
            {
                Read();
                StateHasChanged();
            }), null, Refresh, Refresh);
        }
    }

    private void Read() => (figures, subscribers) = (Metrics.Snapshot(), Hub.Subscribers);

    private static string Ms(double value) => value.ToString("0.#", CultureInfo.CurrentCulture) + " ms";

    private static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public void Dispose() => timer?.Dispose();
}
