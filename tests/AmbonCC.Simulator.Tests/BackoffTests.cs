using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Tests;

public sealed class BackoffTests
{
    private static readonly Backoff Schedule = new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(7, 120)] // 128 s capped at 2 minutes
    [InlineData(40, 120)]
    public void Doubles_up_to_the_cap_with_jitter_between_half_and_full(int attempt, double fullSeconds)
    {
        Assert.Equal(fullSeconds / 2, Schedule.Delay(attempt, 0).TotalSeconds, precision: 6);
        Assert.Equal(fullSeconds, Schedule.Delay(attempt, 1).TotalSeconds, precision: 6);
        Assert.InRange(Schedule.Delay(attempt, 0.5).TotalSeconds, fullSeconds / 2, fullSeconds);
    }

    [Fact]
    public void Honours_retry_after_seconds_or_date_over_its_own_schedule()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), Schedule.AfterThrottle(3, 0.9, TimeSpan.FromSeconds(7), null, Now));
        Assert.Equal(TimeSpan.FromSeconds(30), Schedule.AfterThrottle(0, 0.9, null, Now.AddSeconds(30), Now));
        Assert.Equal(TimeSpan.Zero, Schedule.AfterThrottle(0, 0.9, null, Now.AddSeconds(-30), Now));
    }

    [Fact]
    public void Falls_back_to_its_schedule_without_retry_after_and_caps_absurd_ones()
    {
        Assert.Equal(Schedule.Delay(2, 0.3), Schedule.AfterThrottle(2, 0.3, null, null, Now));
        Assert.Equal(Backoff.MaxRetryAfter, Schedule.AfterThrottle(0, 0, TimeSpan.FromDays(1), null, Now));
    }
}

public sealed class ClassifyTests
{
    [Theory]
    [InlineData(200, "Accepted")]
    [InlineData(202, "Accepted")]
    [InlineData(400, "Rejected")]
    [InlineData(422, "Rejected")]
    [InlineData(429, "Throttled")]
    [InlineData(503, "Throttled")]
    [InlineData(500, "Failed")]
    [InlineData(401, "Failed")]
    [InlineData(404, "Failed")]
    public void Each_status_gets_the_reaction_a_device_needs(int status, string expected) =>
        Assert.Equal(expected, ApiClient.Classify(status).ToString());
}
