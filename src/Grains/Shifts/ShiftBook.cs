using System.Collections.Immutable;
using AmbonCC.Incidents;

namespace AmbonCC.Shifts;

/// <summary>The roster's rules over its list of shifts (oldest first, bounded): plain code, tested without a cluster.</summary>
internal sealed class ShiftBook(List<ShiftRecord> shifts, int nextNumber)
{
    public const int Kept = 500;
    public const int NoteMax = AmbonCC.Platform.TextLimits.Note;

    public int NextNumber { get; private set; } = nextNumber;

    public IReadOnlyList<ShiftRecord> Shifts => shifts;

    public ShiftRecord? Running(string operatorName) =>
        shifts.LastOrDefault(s => s.IsOpen && string.Equals(s.Operator, operatorName, StringComparison.Ordinal));

    /// <summary>The running shift (unchanged: false) or a new one (true).</summary>
    public (ShiftRecord Shift, bool Changed) Start(string operatorName, string? takeOverShiftId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        if (Running(operatorName) is { } running)
        {
            return (running, false);
        }

        var index = -1;
        if (!string.IsNullOrWhiteSpace(takeOverShiftId))
        {
            index = shifts.FindIndex(s => s.Id == takeOverShiftId);
            var handed = index >= 0 ? shifts[index] : throw new InvalidOperationException($"No shift '{takeOverShiftId}'.");
            if (handed.IsOpen)
            {
                throw new InvalidOperationException($"Shift {handed.Id} has not ended.");
            }

            if (handed.TakenOverBy is not null)
            {
                throw new InvalidOperationException($"Shift {handed.Id} was already taken over by {handed.TakenOverBy}.");
            }

            if (handed.Operator == operatorName)
            {
                throw new InvalidOperationException("An operator does not take over their own shift.");
            }

            shifts[index] = handed with { TakenOverBy = operatorName, TakenOverAt = now };
        }

        var shift = new ShiftRecord("S" + NextNumber++, operatorName, now, null, index >= 0 ? takeOverShiftId : null, null, null, null, []);
        shifts.Add(shift);
        if (shifts.Count > Kept)
        {
            shifts.RemoveRange(0, shifts.Count - Kept);
        }

        return (shift, true);
    }

    /// <summary>Ends the running shift; a retry after it ended returns the ended shift unchanged.</summary>
    public (ShiftRecord Shift, bool Changed) End(string operatorName, string? note, IReadOnlyList<IncidentSummary> openIncidents, DateTimeOffset now)
    {
        if (note is { Length: > NoteMax })
        {
            throw new ArgumentException($"At most {NoteMax} characters.", nameof(note));
        }

        var index = shifts.FindLastIndex(s => s.IsOpen && s.Operator == operatorName);
        if (index < 0)
        {
            return shifts.LastOrDefault(s => s.Operator == operatorName && s.EndedAt is { } ended && now - ended < TimeSpan.FromMinutes(5)) is { } retried
                ? (retried, false)
                : throw new InvalidOperationException($"{operatorName} is not on shift.");
        }

        var shift = shifts[index] with { EndedAt = now, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), OpenAtHandover = [.. openIncidents] };
        shifts[index] = shift;
        return (shift, true);
    }

    public ShiftRoster Roster(int recent = 50) => new(
        [.. shifts.Where(s => s.IsOpen)],
        [.. shifts.AsEnumerable().Reverse().Take(recent)]);
}
