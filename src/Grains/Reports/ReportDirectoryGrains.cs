using System.Collections.Immutable;
using AmbonCC.Live;
using AmbonCC.Platform;

namespace AmbonCC.Reports;

[GenerateSerializer, Alias("ambon.reports.ReportArchiveState")]
internal sealed class ReportArchiveState
{
    [Id(0)] public List<ReportSummary> Reports { get; set; } = [];
}

/// <summary>The archive: one line per report, newest first; a regenerated report replaces its line.</summary>
internal sealed class ReportArchiveGrain(
    [PersistentState("report-archive", ProviderNames.GrainStorage)] IPersistentState<ReportArchiveState> state,
    TimeProvider time) : Grain, IReportArchiveGrain
{
    public async Task RecordAsync(ReportSummary summary)
    {
        state.State.Reports.RemoveAll(r => r.Id == summary.Id);
        state.State.Reports.Add(summary);
        state.State.Reports.Sort((a, b) => string.CompareOrdinal(b.Id, a.Id));
        await state.WriteStateAsync();
        // After the write: open archive pages add the line without reloading.
        await LiveStreams.For(this, LiveStreamIds.Overview).OnNextAsync(new ReportArchived(summary, time.GetUtcNow()));
    }

    public Task<ImmutableArray<ReportSummary>> ListAsync(int limit) =>
        Task.FromResult(state.State.Reports.Take(Math.Clamp(limit, 1, 1000)).ToImmutableArray());
}

[GenerateSerializer, Alias("ambon.reports.ReportSubscriptionsState")]
internal sealed class ReportSubscriptionsState
{
    [Id(0)] public List<ReportSubscription> Subscriptions { get; set; } = [];
}

internal sealed class ReportSubscriptionsGrain(
    [PersistentState("report-subscriptions", ProviderNames.GrainStorage)] IPersistentState<ReportSubscriptionsState> state) : Grain, IReportSubscriptionsGrain
{
    public async Task<ImmutableArray<ReportSubscription>> SetAsync(string userName, string? email, string? opdCode)
    {
        var list = state.State.Subscriptions;
        var wanted = string.IsNullOrWhiteSpace(email) ? null : new ReportSubscription(userName, email.Trim(), string.IsNullOrWhiteSpace(opdCode) ? null : opdCode.Trim().ToUpperInvariant());
        var current = list.FirstOrDefault(s => s.UserName == userName);
        if (current != wanted)
        {
            list.RemoveAll(s => s.UserName == userName);
            if (wanted is not null)
            {
                list.Add(wanted);
                list.Sort((a, b) => string.CompareOrdinal(a.UserName, b.UserName));
            }

            await state.WriteStateAsync();
        }

        return [.. list];
    }

    public Task<ImmutableArray<ReportSubscription>> ListAsync() => Task.FromResult(state.State.Subscriptions.ToImmutableArray());
}
