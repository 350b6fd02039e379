using System.Collections.Immutable;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;

namespace AmbonCC.Complaints;

[GenerateSerializer, Alias("ambon.complaints.IndexState")]
internal sealed class ComplaintIndexState
{
    [Id(0)] public Dictionary<string, ComplaintSummary> Items { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The city's complaint summaries for lists, filters and duplicate suggestions. One grain is plenty for Ambon's
/// thousands a year; a city of Jakarta's size would shard it by year (the tracking id's prefix) the same way.
/// </summary>
internal sealed class ComplaintIndexGrain(
    [PersistentState("complaintIndex", ProviderNames.GrainStorage)] IPersistentState<ComplaintIndexState> state,
    ComplaintClock time) : Grain, IComplaintIndexGrain
{
    public async Task UpsertAsync(ComplaintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (state.State.Items.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return;
        }

        state.State.Items[summary.Id] = summary;
        await state.WriteStateAsync();
    }

    public Task<ComplaintSummary?> GetAsync(string id) =>
        Task.FromResult(state.State.Items.TryGetValue(id, out var s) ? WithOverdue(s, time.GetUtcNow()) : null);

    public Task<ComplaintPage> ListAsync(ComplaintFilter filter)
    {
        var now = time.GetUtcNow();
        var matches = state.State.Items.Values
            .Select(s => WithOverdue(s, now))
            .Where(s => filter.Status is null || s.Status == filter.Status)
            .Where(s => filter.Category is null || string.Equals(s.Category, filter.Category, StringComparison.OrdinalIgnoreCase))
            .Where(s => filter.OpdCode is null || string.Equals(s.OpdCode, filter.OpdCode, StringComparison.OrdinalIgnoreCase))
            .Where(s => filter.KelurahanCode is null || s.KelurahanCode == filter.KelurahanCode)
            .Where(s => filter.Overdue is null || (s.Deadline?.Overdue ?? false) == filter.Overdue)
            .Where(s => filter.Open is null || s.IsOpen == filter.Open)
            .Where(s => filter.Since is null || s.UpdatedAt >= filter.Since)
            .OrderByDescending(s => s.Deadline?.Overdue ?? false)
            .ThenBy(s => s.Deadline?.DueAt ?? DateTimeOffset.MaxValue)
            .ThenByDescending(s => s.ReceivedAt)
            .ToList();
        var page = matches.Skip(Math.Max(0, filter.Offset)).Take(Math.Clamp(filter.Limit, 1, 1000));
        return Task.FromResult(new ComplaintPage(matches.Count, [.. page]));
    }

    public Task<ImmutableArray<ComplaintSummary>> DuplicatesAsync(string selfId, string category, double latitude, double longitude, DateTimeOffset at) =>
        Task.FromResult<ImmutableArray<ComplaintSummary>>(
            [.. DuplicateFinder.Suggest(selfId, category, latitude, longitude, at, state.State.Items.Values).Select(d => d.Complaint)]);

    private static ComplaintSummary WithOverdue(ComplaintSummary s, DateTimeOffset now) =>
        s.Deadline is { } d ? s with { Deadline = d with { Overdue = ComplaintDeadlines.IsOverdue(d.Kind, d.DueAt, now) } } : s;
}
