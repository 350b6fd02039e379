using System.Diagnostics;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for a condition by polling. A wait that runs out of time fails the test, naming what it waited for,
/// the last value it saw and the last exception: a wait that quietly returns would let a test pass for the
/// wrong reason.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Calls <paramref name="attempt"/> until <paramref name="accept"/> holds for its result. Exceptions count as
    /// "not yet" (a call to a silo that is going away fails until membership moves the grain) and the last one is
    /// reported if the time runs out.
    /// </summary>
    public static async Task<T> SucceedsAsync<T>(Func<Task<T>> attempt, TimeSpan timeout, Func<T, bool> accept, string waitingFor)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(accept);
        var clock = Stopwatch.StartNew();
        var tries = 0;
        Exception? lastError = null;
        var lastResult = "(no result yet)";
        while (true)
        {
            tries++;
            try
            {
                var result = await attempt();
                if (accept(result))
                {
                    return result;
                }

                lastResult = Describe(result);
            }
            catch (Exception ex)
            {
                lastError = ex;
            }

            if (clock.Elapsed > timeout)
            {
                throw new EventuallyTimeoutException(
                    $"Waited {clock.Elapsed.TotalSeconds:F1} s ({tries} tries) for: {waitingFor}. Last result: {lastResult}." +
                    (lastError is null ? "" : $" Last exception: {lastError.GetType().Name}: {lastError.Message}"),
                    lastError);
            }

            await Task.Delay(Pause);
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it is true.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string waitingFor) =>
        SucceedsAsync(condition, timeout, ok => ok, waitingFor);

    private static string Describe<T>(T result) => result switch
    {
        null => "null",
        System.Collections.ICollection c => $"{c.GetType().Name} with {c.Count} item(s)",
        _ => result.ToString() ?? "",
    };
}

/// <summary>A wait in a test ran out of time: the test fails with what it waited for.</summary>
public sealed class EventuallyTimeoutException(string message, Exception? lastError)
    : Xunit.Sdk.XunitException(message, lastError);
