using System.Collections.Immutable;
using AmbonCC.Platform;

namespace AmbonCC.Reports;

[GenerateSerializer, Alias("ambon.reports.ReportArchiveState")]
internal sealed class ReportArchiveState
{
    [Id(0)] public List<ReportSummary> Reports { get; set; } = [];
}

/// <summary>The archive: one line per report, newest first; a regenerated report replaces its line.</summary>
internal sealed class ReportArchiveGrain(
    [PersistentState("report-archive", ProviderNames.GrainStorage)] IPersistentState<ReportArchiveState> state) : Grain, IReportArchiveGrain
{
    public async Task RecordAsync(ReportSummary summary)
    {
        state.State.Reports.RemoveAll(r => r.Id == summary.Id);
        state.State.Reports.Add(summary);
        state.State.Reports.Sort((a, b) => string.CompareOrdinal(b.Id, a.Id));
        await state.WriteStateAsync();
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

[GenerateSerializer, Alias("ambon.reports.EvidenceLogState")]
internal sealed class EvidenceLogState
{
    [Id(0)] public List<(string Id, DateTimeOffset At)> Entries { get; set; } = [];
}

/// <summary>Ids of evidence requests by time; entries older than the horizon are dropped to keep the state small.</summary>
internal sealed class EvidenceLogGrain(
    [PersistentState("evidence-log", ProviderNames.GrainStorage)] IPersistentState<EvidenceLogState> state, TimeProvider time) : Grain, IEvidenceLogGrain
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(62);

    public async Task AddAsync(string evidenceId, DateTimeOffset recordedAt)
    {
        if (state.State.Entries.Any(e => e.Id == evidenceId))
        {
            return;
        }

        state.State.Entries.RemoveAll(e => e.At < time.GetUtcNow() - Horizon);
        state.State.Entries.Add((evidenceId, recordedAt));
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<string>> SinceAsync(DateTimeOffset since) =>
        Task.FromResult(state.State.Entries.Where(e => e.At >= since).OrderBy(e => e.At).Select(e => e.Id).ToImmutableArray());
}
