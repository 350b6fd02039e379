using System.Collections.Immutable;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Platform;
using Orleans.Concurrency;

namespace AmbonCC.Reports;

/// <summary>Cameras' figures: status and timeline of every camera in the city index, evidence from the evidence log.</summary>
[StatelessWorker]
internal sealed class CameraReportFiguresGrain(IGrainFactory grains, CityClock clock) : Grain, ICameraReportFiguresGrain
{
    /// <summary>How far back a pending request is still looked for.</summary>
    private static readonly TimeSpan EvidenceHorizon = TimeSpan.FromDays(30);

    public async Task<CameraFigures> GetFiguresAsync(ReportWindow window)
    {
        var codes = await grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).GetIndexAsync(CityIndexKind.Camera);
        var cameras = await ReportFanOut.MapAsync(codes, async code =>
        {
            var camera = grains.GetGrain<ICameraGrain>(code);
            var status = await camera.GetStatusAsync();
            return status is null ? null : Tuple.Create(status, await camera.GetTimelineAsync());
        });

        var evidence = await EvidenceSinceAsync(window.From.Add(-EvidenceHorizon));
        return CameraReportRules.Compute(window, clock.DayOf(window.From), cameras.Select(c => (c.Item1, c.Item2)), evidence);
    }

    public async Task<ImmutableArray<DecisionItem>> GetDecisionsAsync(DateTimeOffset at) =>
        CameraReportRules.Decisions(await EvidenceSinceAsync(at.Add(-EvidenceHorizon)), at);

    private async Task<List<EvidenceView>> EvidenceSinceAsync(DateTimeOffset since) =>
        [.. (await grains.GetGrain<IEvidenceIndexGrain>(CityKeys.City).ListAsync()).Where(v => v.RecordedAt >= since)];
}
