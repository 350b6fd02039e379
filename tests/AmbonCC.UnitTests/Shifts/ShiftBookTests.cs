using System.Collections.Immutable;
using AmbonCC.Incidents;
using AmbonCC.Shifts;

namespace AmbonCC.UnitTests.Shifts;

public sealed class ShiftBookTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Starting_twice_returns_the_running_shift()
    {
        var book = new ShiftBook([], 1);
        var (first, changed) = book.Start("sari", null, T0);
        var (again, changedAgain) = book.Start("sari", null, T0.AddMinutes(1));
        Assert.True(changed);
        Assert.False(changedAgain);
        Assert.Equal(first, again);
        Assert.Single(book.Shifts);
    }

    [Fact]
    public void Ending_keeps_the_open_incidents_and_a_retry_returns_the_ended_shift()
    {
        var book = new ShiftBook([], 1);
        book.Start("sari", null, T0);
        var open = new IncidentSummary("INC-1", "Banjir", AlarmSeverity.Critical, IncidentStatus.Open, T0, null, 1, 1, [], T0);
        var (ended, _) = book.End("sari", " note ", [open], T0.AddHours(8));
        Assert.Equal(1, ended.UnacknowledgedAtHandover);
        Assert.Equal("note", ended.Note);
        Assert.Equal(ended, book.End("sari", "note", [], T0.AddHours(8).AddMinutes(1)).Shift);
        Assert.Throws<InvalidOperationException>(() => book.End("sari", null, [], T0.AddHours(9)));
    }

    [Fact]
    public void A_handover_is_taken_over_once_and_never_by_its_own_operator()
    {
        var book = new ShiftBook([], 1);
        var (s1, _) = book.Start("sari", null, T0);
        Assert.Throws<InvalidOperationException>(() => book.Start("budi", s1.Id, T0.AddHours(1)));
        book.End("sari", null, [], T0.AddHours(8));
        Assert.Throws<InvalidOperationException>(() => book.Start("sari", s1.Id, T0.AddHours(9)));
        var (s2, _) = book.Start("budi", s1.Id, T0.AddHours(8));
        Assert.Equal(s1.Id, s2.TookOverFrom);
        Assert.Equal("budi", book.Shifts[0].TakenOverBy);
        Assert.Throws<InvalidOperationException>(() => book.Start("ani", s1.Id, T0.AddHours(8)));
        Assert.Throws<InvalidOperationException>(() => book.Start("ani", "S99", T0.AddHours(8)));
    }

    [Fact]
    public void The_roster_lists_who_is_on_shift_and_newest_first()
    {
        var book = new ShiftBook([], 1);
        book.Start("sari", null, T0);
        book.End("sari", null, ImmutableArray<IncidentSummary>.Empty, T0.AddHours(1));
        book.Start("budi", null, T0.AddHours(1));
        var roster = book.Roster();
        Assert.Equal("budi", Assert.Single(roster.OnShift).Operator);
        Assert.Equal(["S2", "S1"], roster.Recent.Select(s => s.Id).ToArray());
        Assert.Equal("S1", Assert.Single(roster.AwaitingTakeOver).Id);
    }
}
