using System.Globalization;
using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.City;

namespace AmbonCC.Incidents;

[GenerateSerializer, Alias("ambon.incidents.IncidentQueueState")]
internal sealed class IncidentQueueState
{
    /// <summary>Last number given per WIT day (yyyyMMdd); only recent days are kept.</summary>
    [Id(0)] public Dictionary<string, int> DayCounters { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public Dictionary<string, IncidentSummary> Open { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Correlation key → open incident id.</summary>
    [Id(2)] public Dictionary<string, string> ByCorrelation { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Newest first, bounded.</summary>
    [Id(3)] public List<IncidentSummary> RecentClosed { get; set; } = [];
}

internal sealed class IncidentQueueGrain(
    [PersistentState("incidentQueue", ProviderNames.GrainStorage)] IPersistentState<IncidentQueueState> state,
    IGrainFactory grains,
    CityClock clock) : Grain, IIncidentQueueGrain
{
    private const int ClosedKept = 100;
    private const int DaysKept = 7;

    public async Task<string> FindOrOpenAsync(string correlationKey, string title, AlarmArea area, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(correlationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(area);
        var s = state.State;
        if (!s.ByCorrelation.TryGetValue(correlationKey, out var id))
        {
            id = NextId();
            s.ByCorrelation[correlationKey] = id;
            s.Open[id] = new IncidentSummary(id, title.Trim(), AlarmSeverity.Info, IncidentStatus.Open, at, null, 0, 0, area.KelurahanCodes, at);
            await WriteAsync();
            await PublishAsync(s.Open[id], "opened");
        }

        // Always (cheap when already open): a first attempt may have stopped after the write and before the open.
        await grains.GetGrain<IIncidentGrain>(id).OpenAsync(new IncidentOpening(correlationKey, title.Trim(), area, at));
        return id;
    }

    public Task<IReadOnlyList<IncidentSummary>> GetOpenAsync() =>
        Task.FromResult<IReadOnlyList<IncidentSummary>>(
            [.. state.State.Open.Values.OrderByDescending(i => i.Severity).ThenByDescending(i => i.OpenedAt).ThenBy(i => i.Id, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<IncidentSummary>> GetRecentClosedAsync(int count) =>
        Task.FromResult<IReadOnlyList<IncidentSummary>>([.. state.State.RecentClosed.Take(Math.Clamp(count, 1, ClosedKept))]);

    public async Task UpdateAsync(IncidentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var s = state.State;
        if (s.RecentClosed.Any(c => c.Id == summary.Id))
        {
            return; // closed is final; this is a retry or a late copy
        }

        if (summary.Status == IncidentStatus.Closed)
        {
            s.Open.Remove(summary.Id);
            foreach (var key in s.ByCorrelation.Where(p => p.Value == summary.Id).Select(p => p.Key).ToList())
            {
                s.ByCorrelation.Remove(key);
            }

            s.RecentClosed.Insert(0, summary);
            if (s.RecentClosed.Count > ClosedKept)
            {
                s.RecentClosed.RemoveRange(ClosedKept, s.RecentClosed.Count - ClosedKept);
            }
        }
        else if (s.Open.TryGetValue(summary.Id, out var known) && IncidentRules.SameSummary(known, summary))
        {
            return;
        }
        else
        {
            s.Open[summary.Id] = summary;
        }

        await WriteAsync();
        await PublishAsync(summary, summary.Status == IncidentStatus.Closed ? "closed" : "updated");
    }

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The state in memory is ahead of storage (maybe a number given out): reload it before the next call.
            DeactivateOnIdle();
            throw;
        }
    }

    private string NextId()
    {
        // Numbered by the WIT day of now (not the alarm's time), so late alarms cannot reuse an old day's numbers.
        var day = clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var counters = state.State.DayCounters;
        var number = counters.GetValueOrDefault(day) + 1;
        counters[day] = number;
        foreach (var old in counters.Keys.Order(StringComparer.Ordinal).SkipLast(DaysKept).ToList())
        {
            counters.Remove(old);
        }

        return $"INC-{day}-{number:0000}";
    }

    private Task PublishAsync(IncidentSummary summary, string change) =>
        LiveStreams.For(this, LiveStreamIds.Incidents).OnNextAsync(
            new IncidentQueueChanged(summary, change, state.State.Open.Count, clock.Now));
}
