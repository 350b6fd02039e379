using System.Globalization;
using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.City;
using Microsoft.Extensions.Options;

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

    /// <summary>Open incident id → what correlation by place and time needs (incidents of correlating types only).</summary>
    [Id(4)] public Dictionary<string, CorrelationSpot> Spots { get; set; } = new(StringComparer.Ordinal);
}

internal sealed class IncidentQueueGrain(
    [PersistentState("incidentQueue", ProviderNames.GrainStorage)] IPersistentState<IncidentQueueState> state,
    IOptions<IncidentOptions> options,
    CityClock clock) : Grain, IIncidentQueueGrain
{
    private const int ClosedKept = 100;
    private const int DaysKept = 7;

    public async Task<IncidentReservation> ReserveAsync(IncidentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CorrelationKey, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Area, nameof(request));
        var s = state.State;
        var o = options.Value;
        var family = request.Standalone ? null : o.CorrelationFamily(request.Type);
        var correlated = false;
        var changed = false;
        IncidentSummary? created = null;
        if (!s.ByCorrelation.TryGetValue(request.CorrelationKey, out var id))
        {
            id = CorrelationRules.Match(s.Spots, family, request.Area.KelurahanCodes, request.At, o.CorrelationWindowOf(family));
            correlated = id is not null;
            if (id is null)
            {
                id = NextId();
                var title = string.IsNullOrWhiteSpace(request.Title) ? request.TitleCode ?? request.Type : request.Title.Trim();
                s.Open[id] = created = new IncidentSummary(id, title, AlarmSeverity.Warning, IncidentStatus.Open, request.At, null, 0, 0,
                    request.Area.KelurahanCodes, request.At, request.TitleCode, request.TitleArgs, Type: request.Type,
                    Latitude: request.Area.HasPoint ? request.Area.Latitude : null, Longitude: request.Area.HasPoint ? request.Area.Longitude : null);
                if (o.CorrelationFamily(request.Type) is { } spotFamily)
                {
                    s.Spots[id] = new CorrelationSpot { Family = spotFamily, LastSignalAt = request.At };
                }
            }

            s.ByCorrelation[request.CorrelationKey] = id;
            changed = true;
        }

        if (s.Spots.TryGetValue(id, out var spot))
        {
            var before = (spot.KelurahanCodes.Count, spot.LastSignalAt);
            CorrelationRules.Join(spot, request.Area.KelurahanCodes, request.At);
            changed |= before != (spot.KelurahanCodes.Count, spot.LastSignalAt);
        }

        if (changed)
        {
            await WriteAsync();
            if (created is not null)
            {
                await PublishAsync(created, "opened");
            }
        }

        var opening = new IncidentOpening(request.CorrelationKey, request.Title.Trim(), request.Area, request.At,
            request.TitleCode, request.TitleArgs, request.Type, request.Links);
        return new IncidentReservation(id, opening, correlated);
    }

    public async Task RedirectAsync(string fromId, string toId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toId);
        var s = state.State;
        var keys = s.ByCorrelation.Where(p => p.Value == fromId).Select(p => p.Key).ToList();
        if (keys.Count == 0 && !s.Spots.ContainsKey(fromId))
        {
            return;
        }

        keys.ForEach(k => s.ByCorrelation[k] = toId);
        if (s.Spots.Remove(fromId, out var from))
        {
            if (s.Spots.TryGetValue(toId, out var to))
            {
                CorrelationRules.Join(to, from.KelurahanCodes, from.LastSignalAt);
            }
            else
            {
                s.Spots[toId] = from;
            }
        }

        await WriteAsync();
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
            s.Spots.Remove(summary.Id);
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
