using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using Orleans.Concurrency;

namespace AmbonCC.Reports;

/// <summary>Rivers' figures: peaks from the reading ledger (hourly buckets), warnings from the warning registry.</summary>
[StatelessWorker]
internal sealed class RiverReportFiguresGrain(IGrainFactory grains) : Grain, IRiverReportFiguresGrain
{
    public async Task<RiverFigures> GetFiguresAsync(ReportWindow window)
    {
        var codes = await grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).GetIndexAsync(CityIndexKind.RiverGauge);
        var history = grains.GetGrain<IGaugeHistoryGrain>(IGaugeHistoryGrain.Any);
        var gauges = await ReportFanOut.MapAsync(codes, async code =>
        {
            var status = await grains.GetGrain<IRiverGaugeGrain>(code).GetStatusAsync();
            if (status is null)
            {
                return null;
            }

            var buckets = await history.GetBucketsAsync(code, window.From, window.To, TimeSpan.FromHours(1));
            return new RiverReportRules.GaugeInput(code, status.Name, status.RiverName, status.Thresholds, buckets);
        });

        var summaries = await grains.GetGrain<IWarningRegistryGrain>(CityKeys.City).ListAsync(includeClosed: true);
        var recent = summaries.Where(s => s.UpdatedAt >= window.From).Select(s => s.Id).ToList();
        var warnings = await ReportFanOut.MapAsync(recent, id => grains.GetGrain<IFloodWarningGrain>(id).GetAsync());
        return RiverReportRules.Compute(window, gauges, warnings);
    }
}
