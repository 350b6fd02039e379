using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace AmbonCC.Reports;

/// <summary>Tax figures: terminals' status and hourly figures (kept by each terminal), taxpayers' findings and letters.</summary>
[StatelessWorker]
internal sealed class TaxReportFiguresGrain(IGrainFactory grains, CityClock clock, IOptions<ReportOptions> options) : Grain, ITaxReportFiguresGrain
{
    public async Task<TaxFigures> GetFiguresAsync(ReportWindow window)
    {
        var serials = await grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).GetIndexAsync(CityIndexKind.TaxTerminal);
        var fromDay = clock.DayOf(window.From);
        var terminals = await ReportFanOut.MapAsync(serials, async serial =>
        {
            var terminal = grains.GetGrain<ITaxTerminalGrain>(serial);
            var status = await terminal.GetStatusAsync();
            return status is null ? null : Tuple.Create(status, await terminal.GetHoursAsync(fromDay));
        });

        var npwpds = terminals.Select(t => t.Item1.Npwpd).Distinct(StringComparer.Ordinal).ToList();
        var taxpayers = await ReportFanOut.MapAsync(npwpds, n => grains.GetGrain<ITaxpayerGrain>(n).GetViewAsync());
        return TaxReportRules.Compute(window, clock, terminals.Select(t => (t.Item1, t.Item2)), taxpayers);
    }

    public async Task<ImmutableArray<DecisionItem>> GetDecisionsAsync(DateTimeOffset at)
    {
        var serials = await grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).GetIndexAsync(CityIndexKind.TaxTerminal);
        var terminals = await ReportFanOut.MapAsync(serials, s => grains.GetGrain<ITaxTerminalGrain>(s).GetStatusAsync());
        return TaxReportRules.Decisions(terminals, at, options.Value.RevenueOpd);
    }
}
