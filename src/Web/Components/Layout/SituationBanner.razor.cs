using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using AmbonCC.Web.Live;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Components.Layout;

/// <summary>Shown at the top of every page while a river is at Siaga 2 or worse or a warning awaits approval; live.</summary>
public sealed partial class SituationBanner : IAsyncDisposable
{
    private List<GaugeStatus> gauges = [];
    private List<GaugeStatus> rivers = [];
    private List<WarningSummary> pending = [];
    private LiveView? live;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        live = new LiveView(Hub, InvokeAsync, StateHasChanged)
            .On<GaugeLevelChanged>(OnReadingAsync)
            .On<GaugeThresholdsChanged>(evt => Replace(evt.Status))
            .On<WarningChanged>(OnWarning);
        await live.StartAsync(LoadAsync);
    }

    /// <summary>The worst gauge of each river at Siaga 2 or worse, worst river first.</summary>
    public static List<GaugeStatus> WorstPerRiver(IEnumerable<GaugeStatus> statuses) =>
        [.. statuses.Where(g => g.Band >= SiagaLevel.Siaga2)
            .GroupBy(g => g.RiverName)
            .Select(r => r.OrderByDescending(g => g.Band).ThenByDescending(g => g.LevelCm).First())
            .OrderByDescending(g => g.Band).ThenBy(g => g.RiverName, StringComparer.Ordinal)];

    private async Task LoadAsync()
    {
        gauges = await Catalog.GaugeStatusesAsync();
        rivers = WorstPerRiver(gauges);
        pending = [.. (await Grains.GetGrain<IWarningRegistryGrain>(CityKeys.City).ListAsync(includeClosed: false)).Where(w => w.PendingApproval)];
    }

    private async Task OnReadingAsync(GaugeLevelChanged evt)
    {
        var index = gauges.FindIndex(g => g.Code == evt.Code);
        if (index < 0)
        {
            // A gauge registered after this page opened.
            gauges = await Catalog.GaugeStatusesAsync();
        }
        else
        {
            gauges[index] = evt.ApplyTo(gauges[index]);
        }

        rivers = WorstPerRiver(gauges);
    }

    private void Replace(GaugeStatus status)
    {
        gauges.RemoveAll(g => g.Code == status.Code);
        gauges.Add(status);
        rivers = WorstPerRiver(gauges);
    }

    private void OnWarning(WarningChanged evt)
    {
        pending.RemoveAll(w => w.Id == evt.Summary.Id);
        if (evt.Summary.PendingApproval)
        {
            pending.Add(evt.Summary);
        }
    }

    public ValueTask DisposeAsync() => live?.DisposeAsync() ?? ValueTask.CompletedTask;
}
