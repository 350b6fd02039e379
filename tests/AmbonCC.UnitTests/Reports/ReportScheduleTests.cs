using AmbonCC.City;
using AmbonCC.Reports;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.Reports;

public sealed class ReportScheduleTests
{
    private static readonly TimeSpan Wit = TimeSpan.FromHours(9);

    private static ReportSchedule At(DateTimeOffset now, out FakeTimeProvider time, string? zone = null)
    {
        time = new FakeTimeProvider(now);
        return new ReportSchedule(new CityClock(time, zone));
    }

    [Fact]
    public void Before_seven_the_next_run_is_seven_the_same_city_day()
    {
        var schedule = At(new DateTimeOffset(2026, 12, 2, 6, 59, 0, Wit), out var time);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 7, 0, 0, Wit), schedule.NextRun(time.GetUtcNow()));
        Assert.Equal(new DateOnly(2026, 12, 1), schedule.LatestDue(time.GetUtcNow()));
    }

    [Fact]
    public void At_or_after_seven_the_next_run_is_seven_the_next_city_day()
    {
        var schedule = At(new DateTimeOffset(2026, 12, 2, 7, 0, 0, Wit), out var time);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 7, 0, 0, Wit), schedule.NextRun(time.GetUtcNow()));
        Assert.Equal(new DateOnly(2026, 12, 2), schedule.LatestDue(time.GetUtcNow()));
    }

    [Fact]
    public void The_city_day_counts_not_the_utc_day()
    {
        // 23:30 UTC on 1 Dec is 08:30 WIT on 2 Dec: the report of 2 Dec is due, the next run is 3 Dec 07:00 WIT.
        var schedule = At(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero), out var time);
        Assert.Equal(new DateOnly(2026, 12, 2), schedule.LatestDue(time.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 22, 0, 0, TimeSpan.Zero), schedule.NextRun(time.GetUtcNow()));
    }

    [Fact]
    public void A_report_window_is_seven_to_seven_city_time_and_the_day_before_is_24_hours_earlier()
    {
        var schedule = At(DateTimeOffset.UnixEpoch, out _);
        var window = schedule.WindowOf(new DateOnly(2026, 12, 2));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 7, 0, 0, Wit), window.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 7, 0, 0, Wit), window.To);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 0, 0, Wit), window.DayBefore().From);
        Assert.True(window.Contains(window.From));
        Assert.False(window.Contains(window.To));
    }

    [Fact]
    public void Another_zone_moves_the_cut_off()
    {
        var schedule = At(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), out var time, "Asia/Jakarta");
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.FromHours(7)), schedule.NextRun(time.GetUtcNow()));
    }

    [Theory]
    [InlineData("2026-12-02", true)]
    [InlineData("2026-13-02", false)]
    [InlineData("02-12-2026", false)]
    [InlineData("", false)]
    public void Ids_are_city_dates(string id, bool valid) => Assert.Equal(valid, ReportSchedule.TryParseId(id, out _));
}
