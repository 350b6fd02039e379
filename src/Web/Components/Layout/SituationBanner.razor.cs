using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using AmbonCC.Web.Components.Rivers;
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
    private IDisposable? riverSubscription;
    private IDisposable? warningSubscription;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;

    private IWarningRegistryGrain Registry => Grains.GetGrain<IWarningRegistryGrain>(CityKeys.City);

    protected override async Task OnInitializedAsync()
    {
        // Subscribe before reading the snapshot so that nothing in between is missed.
        riverSubscription = Hub.Subscribe(LiveStreamIds.Rivers, OnRiverEventAsync);
        warningSubscription = Hub.Subscribe(LiveStreamIds.Warnings, OnWarningEventAsync);
        gauges = await Catalog.GaugeStatusesAsync();
        rivers = WorstPerRiver(gauges);
        await ReloadPendingAsync();
    }

    /// <summary>The worst gauge of each river at Siaga 2 or worse, worst river first.</summary>
    public static List<GaugeStatus> WorstPerRiver(IEnumerable<GaugeStatus> statuses) =>
        [.. statuses.Where(g => g.Band >= SiagaLevel.Siaga2)
            .GroupBy(g => g.RiverName)
            .Select(r => r.OrderByDescending(g => g.Band).ThenByDescending(g => g.LevelCm).First())
            .OrderByDescending(g => g.Band).ThenBy(g => g.RiverName, StringComparer.Ordinal)];

    private async Task ReloadPendingAsync() =>
        pending = [.. (await Registry.ListAsync(includeClosed: false)).Where(w => w.PendingApproval)];

    private Task OnRiverEventAsync(LiveEvent evt) => InvokeAsync(async () =>
    {
        var index = gauges.FindIndex(g => g.Code == evt.SubjectId);
        if (index >= 0)
        {
            gauges[index] = RiverFormat.Apply(gauges[index], evt);
        }
        else
        {
            // A gauge registered after this page opened.
            gauges = await Catalog.GaugeStatusesAsync();
        }

        var next = WorstPerRiver(gauges);
        if (!next.Select(Key).SequenceEqual(rivers.Select(Key)))
        {
            rivers = next;
            StateHasChanged();
        }
    });

    private static (string, SiagaLevel) Key(GaugeStatus g) => (g.Code, g.Band);

    private Task OnWarningEventAsync(LiveEvent evt) => InvokeAsync(async () =>
    {
        await ReloadPendingAsync();
        StateHasChanged();
    });

    public ValueTask DisposeAsync()
    {
        riverSubscription?.Dispose();
        warningSubscription?.Dispose();
        return ValueTask.CompletedTask;
    }
}
