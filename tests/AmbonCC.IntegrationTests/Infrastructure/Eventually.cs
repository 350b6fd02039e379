using System.Diagnostics;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>Retries an assertion-producing call until it succeeds or the time runs out (then rethrows).</summary>
public static class Eventually
{
    public static async Task<T> SucceedsAsync<T>(Func<Task<T>> attempt, TimeSpan timeout, Func<T, bool>? accept = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var result = await attempt();
                if (accept is null || accept(result) || clock.Elapsed > timeout)
                {
                    return result;
                }
            }
            catch (Exception) when (clock.Elapsed < timeout)
            {
                // A call to a silo that is going away fails until membership moves the grain; try again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
