using AmbonCC.City;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.City;

public sealed class CityClockTests
{
    [Fact]
    public void Ambon_time_is_utc_plus_nine_and_the_day_turns_at_local_midnight()
    {
        // 14:59:59 UTC is 23:59:59 WIT: still the 27th in Ambon; one second later it is the 28th.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 14, 59, 59, TimeSpan.Zero));
        var clock = new CityClock(time);

        Assert.Equal(new DateOnly(2026, 11, 27), clock.Today);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 23, 59, 59, TimeSpan.FromHours(9)), clock.Now);
        Assert.Equal(TimeSpan.FromHours(9), clock.Now.Offset);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2026, 11, 28), clock.Today);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.FromHours(9)), clock.StartOfDay(time.GetUtcNow()));
    }

    [Fact]
    public void The_start_of_a_city_day_is_local_midnight_as_an_instant()
    {
        var clock = new CityClock(new FakeTimeProvider());
        var start = clock.StartOfDay(new DateOnly(2026, 1, 15));

        Assert.Equal(new DateTimeOffset(2026, 1, 14, 15, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
        Assert.Equal(new DateOnly(2026, 1, 15), clock.DayOf(start));
        Assert.Equal(new DateOnly(2026, 1, 14), clock.DayOf(start.AddTicks(-1)));
    }

    [Fact]
    public void The_zone_is_configuration_and_follows_daylight_saving()
    {
        // Europe/Berlin: 29 March 2026 springs from +01:00 to +02:00; the day still starts at its own midnight.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero));
        var clock = new CityClock(time, "Europe/Berlin");

        Assert.Equal(TimeSpan.FromHours(2), clock.Now.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(1)), clock.StartOfDay(clock.Today));
        Assert.Equal("WIT", CityClock.Ambon(time).Label);
    }

    [Fact]
    public void An_unknown_zone_fails_at_start_not_on_first_use()
    {
        Assert.ThrowsAny<TimeZoneNotFoundException>(() => new CityClock(new FakeTimeProvider(), "Maluku/Nowhere"));
    }
}
