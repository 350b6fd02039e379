using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;

namespace AmbonCC.Web.Complaints;

/// <summary>Every channel files a complaint the same way: a new tracking id from the year's counter, then the grain.</summary>
public static class ComplaintIntake
{
    public static async Task<ComplaintView> SubmitAsync(IGrainFactory grains, ComplaintClock clock, ComplaintSubmission submission, string actor)
    {
        var counterKey = TrackingIds.CounterKey(clock.GetUtcNow());
        var id = TrackingIds.Format(counterKey, await grains.GetGrain<IComplaintCounterGrain>(counterKey).NextAsync());
        return await grains.GetGrain<IComplaintGrain>(id).SubmitAsync(submission, actor);
    }
}
