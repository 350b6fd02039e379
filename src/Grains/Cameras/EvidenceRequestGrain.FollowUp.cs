using AmbonCC.Live;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Cameras;

internal sealed partial class EvidenceRequestGrain
{
    /// <summary>
    /// After a stored step (or a retry of it): the city's list takes the new view, each camera's timeline the step,
    /// open pages the change. Every part is idempotent, so a retried call repeats them safely. The list must have
    /// it (an error is the caller's cue to retry); a camera's timeline line and the live event are best effort.
    /// </summary>
    private async Task<EvidenceView> FollowUpAsync(EvidenceView view)
    {
        if (state.State.Custody.Count == 0)
        {
            return view;
        }

        var step = state.State.Custody[^1];
        await GrainFactory.GetGrain<IEvidenceIndexGrain>(CityKeys.City).UpsertAsync(view, step.Seq);
        try
        {
            foreach (var line in EvidenceTimeline.For(view, step))
            {
                await Task.WhenAll(view.Request.CameraCodes.Distinct(StringComparer.Ordinal)
                    .Select(code => GrainFactory.GetGrain<ICameraGrain>(code).NoteEvidenceAsync(line)));
            }

            await LiveStreams.For(this, LiveStreamIds.Cameras).OnNextAsync(new EvidenceChanged(view, step.Seq, time.GetUtcNow()));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Evidence {Id}: timeline or live update of step {Seq} failed; the step itself is stored", view.Id, step.Seq);
        }

        return view;
    }
}
