using AmbonCC.Audit;
using AmbonCC.Incidents;
using AmbonCC.Live;
using AmbonCC.Platform;

namespace AmbonCC.Shifts;

[GenerateSerializer, Alias("ambon.shifts.ShiftRosterState")]
internal sealed class ShiftRosterState
{
    [Id(0)] public List<ShiftRecord> Shifts { get; set; } = [];
    [Id(1)] public int NextNumber { get; set; } = 1;
}

/// <summary>
/// The roster. It reads the incident queue (one way: the queue never calls the roster) when a shift ends, so that
/// the handover holds what was open and unacknowledged at that moment.
/// </summary>
internal sealed class ShiftRosterGrain(
    [PersistentState("shifts", ProviderNames.GrainStorage)] IPersistentState<ShiftRosterState> state,
    TimeProvider time) : Grain, IShiftRosterGrain, IAuditedGrain
{
    private ShiftBook Book => new(state.State.Shifts, state.State.NextNumber);

    public async Task<ShiftRecord> StartAsync(string operatorName, string? takeOverShiftId)
    {
        TextLimits.Require(operatorName, TextLimits.Name, nameof(operatorName));
        var book = Book;
        var (shift, changed) = book.Start(operatorName, takeOverShiftId, time.GetUtcNow());
        if (changed)
        {
            state.State.NextNumber = book.NextNumber;
            await state.WriteStateAsync();
            await PublishAsync("started");
        }

        return shift;
    }

    public async Task<ShiftRecord> EndAsync(string operatorName, string? note)
    {
        TextLimits.Require(operatorName, TextLimits.Name, nameof(operatorName));
        var book = Book;
        if (book.Running(operatorName) is null)
        {
            return book.End(operatorName, note, [], time.GetUtcNow()).Shift;
        }

        var open = await GrainFactory.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync();
        var (shift, _) = book.End(operatorName, note, open, time.GetUtcNow());
        await state.WriteStateAsync();
        await PublishAsync("ended");
        return shift;
    }

    // After the write: every open /shifts page applies the new roster (another operator's start, end or take-over).
    private Task PublishAsync(string kind) =>
        LiveStreams.For(this, LiveStreamIds.Incidents).OnNextAsync(new ShiftRosterChanged(Book.Roster(), time.GetUtcNow(), kind));

    public Task<ShiftRoster> GetAsync() => Task.FromResult(Book.Roster());

    public string? AuditSummary() =>
        "on shift: " + string.Join(",", state.State.Shifts.Where(s => s.IsOpen).Select(s => $"{s.Operator}({s.Id})"));
}
