using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class PresenceRulesTests
{
    private static readonly TaxRuleOptions Options = new();
    private static readonly CityClock City = CityClock.Ambon();

    // Open 10:00–21:00 every day but Sunday.
    private static readonly ImmutableArray<OpeningHours> Week =
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }
            .Select(d => new OpeningHours(d, new TimeOnly(10, 0), new TimeOnly(21, 0))),
    ];

    // Friday 4 Dec 2026, 12:05 WIT: journey 2's terminal goes silent.
    private static readonly DateTimeOffset FridayNoon = new(2026, 12, 4, 12, 5, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Silent_during_opening_hours_turns_red_after_the_threshold()
    {
        var clock = new FakeTimeProvider(FridayNoon);
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Null(PresenceRules.RedSince(Week, FridayNoon, clock.GetUtcNow(), Options, City));

        clock.Advance(TimeSpan.FromMinutes(20));
        var red = PresenceRules.RedSince(Week, FridayNoon, clock.GetUtcNow(), Options, City);

        Assert.Equal(FridayNoon.AddMinutes(30), red);
    }

    [Fact]
    public void Silence_after_closing_and_on_the_closed_day_never_counts()
    {
        var closing = new DateTimeOffset(2026, 12, 5, 20, 55, 0, TimeSpan.FromHours(9)); // Saturday, 5 min before closing
        var mondayMorning = new DateTimeOffset(2026, 12, 7, 9, 59, 0, TimeSpan.FromHours(9));

        Assert.Null(PresenceRules.RedSince(Week, closing, mondayMorning, Options, City));
        Assert.NotNull(PresenceRules.RedSince(Week, closing, mondayMorning.AddMinutes(40), Options, City));
    }

    [Fact]
    public void Overnight_hours_count_after_midnight()
    {
        ImmutableArray<OpeningHours> cafe = [new OpeningHours(DayOfWeek.Friday, new TimeOnly(16, 0), new TimeOnly(1, 0))];
        var saturdayHalfPastMidnight = new DateTimeOffset(2026, 12, 5, 0, 30, 0, TimeSpan.FromHours(9));

        Assert.True(PresenceRules.IsOpen(cafe, saturdayHalfPastMidnight, City));
        Assert.False(PresenceRules.IsOpen(cafe, saturdayHalfPastMidnight.AddHours(1), City));
    }

    [Fact]
    public void Still_red_after_three_days_unless_a_field_check_found_the_outlet_closed()
    {
        var clock = new FakeTimeProvider(FridayNoon);
        var redSince = FridayNoon.AddMinutes(30);
        clock.Advance(TimeSpan.FromDays(2.9));
        Assert.Null(PresenceRules.StillRed("T1", redSince, null, clock.GetUtcNow(), Options, City));

        clock.Advance(TimeSpan.FromDays(0.2));
        Assert.Equal(FindingKind.StillRedAfter3Days, PresenceRules.StillRed("T1", redSince, null, clock.GetUtcNow(), Options, City)!.Kind);
        Assert.Null(PresenceRules.StillRed("T1", redSince, redSince.AddDays(1), clock.GetUtcNow(), Options, City));
        Assert.NotNull(PresenceRules.StillRed("T1", redSince, redSince.AddDays(-1), clock.GetUtcNow(), Options, City));
    }

    [Fact]
    public void A_device_clock_off_by_more_than_ten_minutes_is_a_finding()
    {
        Assert.Null(PresenceRules.ClockSkew("T1", FridayNoon.AddMinutes(9), FridayNoon, Options, City));
        Assert.Equal(FindingKind.ClockSkew, PresenceRules.ClockSkew("T1", FridayNoon.AddMinutes(-15), FridayNoon, Options, City)!.Kind);
    }
}
