using AmbonCC.Live;
using AmbonCC.Platform;
using Microsoft.Extensions.Options;

namespace AmbonCC.Incidents;

[GenerateSerializer, Alias("ambon.incidents.AlarmState")]
internal sealed class AlarmState
{
    [Id(0)] public AlarmView? Current { get; set; }

    /// <summary>The last change, so that a retried call can tell the incident again.</summary>
    [Id(1)] public AlarmChangeKind LastChange { get; set; }
}

internal sealed class AlarmGrain(
    [PersistentState("incidentAlarm", ProviderNames.GrainStorage)] IPersistentState<AlarmState> state,
    IGrainFactory grains,
    TimeProvider time,
    IOptions<IncidentOptions> options) : Grain, IAlarmGrain
{
    public async Task<AlarmView> RaiseAsync(AlarmRaise raise)
    {
        var change = AlarmRules.Raise(this.GetPrimaryKeyString(), state.State.Current, raise);
        if (change.Kind == AlarmChangeKind.Unchanged)
        {
            return await RepeatAsync(change.View);
        }

        var view = change.View;
        if (change.Kind == AlarmChangeKind.Raised)
        {
            // A new occurrence joins the open incident of its correlation key (or of its place and time), or opens one.
            var reservation = await IncidentOpener.FindOrOpenAsync(grains, IncidentOpener.ForAlarm(raise, view, options.Value));
            view = view with { IncidentId = reservation.Id };
        }

        return await CommitAsync(view, change.Kind);
    }

    public async Task<AlarmView?> ClearAsync(DateTimeOffset at, string reason)
    {
        if (state.State.Current is not { } current)
        {
            return null;
        }

        var change = AlarmRules.Clear(current, at, reason);
        return change.Kind == AlarmChangeKind.Unchanged
            ? await RepeatAsync(current)
            : await CommitAsync(change.View, change.Kind);
    }

    public async Task<AlarmView> AcknowledgeAsync(string user, string? note)
    {
        var change = AlarmRules.Acknowledge(state.State.Current, user, note, time.GetUtcNow());
        return change.Kind == AlarmChangeKind.Unchanged
            ? await RepeatAsync(change.View)
            : await CommitAsync(change.View, change.Kind);
    }

    public Task<AlarmView?> GetAsync() => Task.FromResult(state.State.Current);

    public async Task<AlarmView> MoveToIncidentAsync(string incidentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(incidentId);
        var current = state.State.Current ?? throw new KeyNotFoundException("The alarm was never raised.");
        if (current.IncidentId == incidentId)
        {
            return await RepeatAsync(current);
        }

        return await CommitAsync(current with { IncidentId = incidentId, Version = current.Version + 1 }, AlarmChangeKind.Moved);
    }

    private async Task<AlarmView> CommitAsync(AlarmView view, AlarmChangeKind kind)
    {
        var (previous, previousChange) = (state.State.Current, state.State.LastChange);
        state.State.Current = view;
        state.State.LastChange = kind;
        try
        {
            // Durable first: the stream and the incident only hear of what is already stored.
            await state.WriteStateAsync();
        }
        catch
        {
            // Otherwise the caller's retry would look like a repeat of a change that was never stored.
            (state.State.Current, state.State.LastChange) = (previous, previousChange);
            throw;
        }

        await LiveStreams.For(this, LiveStreamIds.Incidents).OnNextAsync(ToEvent(view, kind));
        await RecordOnIncidentAsync(view, kind);
        return view;
    }

    /// <summary>
    /// A call that changes nothing may be the retry of one that stopped after the write: tell the incident again
    /// (it ignores what it already has).
    /// </summary>
    private async Task<AlarmView> RepeatAsync(AlarmView view)
    {
        await RecordOnIncidentAsync(view, state.State.LastChange);
        return view;
    }

    private Task RecordOnIncidentAsync(AlarmView view, AlarmChangeKind kind) =>
        view.IncidentId is null || kind == AlarmChangeKind.Unchanged
            ? Task.CompletedTask
            : grains.GetGrain<IIncidentGrain>(view.IncidentId).RecordAlarmAsync(view, kind);

    private static AlarmChanged ToEvent(AlarmView view, AlarmChangeKind kind) => new(view, kind, view.LastUpdatedAt);
}
