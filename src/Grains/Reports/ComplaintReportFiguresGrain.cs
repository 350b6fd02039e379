using System.Collections.Immutable;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;
using Orleans.Concurrency;

namespace AmbonCC.Reports;

/// <summary>Complaint figures from the city index (summaries, no personal data) and the complaints' public views.</summary>
[StatelessWorker]
internal sealed class ComplaintReportFiguresGrain(IGrainFactory grains, ComplaintDeadlines deadlines) : Grain, IComplaintReportFiguresGrain
{
    private const int Page = 1000;
    private static readonly ComplaintReader Reader = new("daily-report", ReaderKind.Public);

    public async Task<ComplaintFigures> GetFiguresAsync(ReportWindow window)
    {
        var touched = await ListAsync(new ComplaintFilter(Since: window.From));
        var ids = touched.Select(s => s.Id).ToList();
        var views = await ReportFanOut.MapAsync(ids, id => grains.GetGrain<IComplaintGrain>(id).GetAsync(Reader));
        return ComplaintReportRules.Compute(window, deadlines.Calendar, views, await ListAsync(new ComplaintFilter(Open: true)));
    }

    public async Task<ImmutableArray<DecisionItem>> GetDecisionsAsync(DateTimeOffset at) =>
        ComplaintReportRules.Decisions(await ListAsync(new ComplaintFilter(Open: true)), at);

    private async Task<List<ComplaintSummary>> ListAsync(ComplaintFilter filter)
    {
        var index = grains.GetGrain<IComplaintIndexGrain>(CityKeys.City);
        var all = new List<ComplaintSummary>();
        while (true)
        {
            var page = await index.ListAsync(filter with { Limit = Page, Offset = all.Count });
            all.AddRange(page.Items);
            if (page.Items.Length < Page || all.Count >= page.Total)
            {
                return all;
            }
        }
    }
}
