namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>The waits every integration test relies on: a wait that runs out of time must fail the test.</summary>
public sealed class EventuallyTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task A_wait_that_times_out_fails_naming_what_it_waited_for_and_the_last_value()
    {
        var error = await Assert.ThrowsAsync<EventuallyTimeoutException>(() =>
            Eventually.SucceedsAsync(() => Task.FromResult(1), Short, n => n == 2, "two silos in the cluster"));

        Assert.Contains("two silos in the cluster", error.Message, StringComparison.Ordinal);
        Assert.Contains("Last result: 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wait_that_only_saw_exceptions_fails_with_the_last_one()
    {
        var calls = 0;
        var error = await Assert.ThrowsAsync<EventuallyTimeoutException>(() =>
            Eventually.SucceedsAsync<int>(() => throw new TimeoutException($"silo gone ({++calls})"), Short, _ => true, "the grain to answer"));

        Assert.Contains("the grain to answer", error.Message, StringComparison.Ordinal);
        Assert.Contains($"silo gone ({calls})", error.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task A_wait_returns_the_first_accepted_value_after_failures()
    {
        var calls = 0;
        var value = await Eventually.SucceedsAsync(
            () => ++calls < 3 ? throw new InvalidOperationException("not yet") : Task.FromResult(calls),
            TimeSpan.FromSeconds(30),
            n => n >= 3,
            "the third call");

        Assert.Equal(3, value);
    }

    [Fact]
    public async Task A_condition_that_never_holds_fails()
    {
        await Assert.ThrowsAsync<EventuallyTimeoutException>(() => Eventually.UntilAsync(() => Task.FromResult(false), Short, "never"));
    }
}
