using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Silo.Hosting;

/// <summary>
/// A grain call a silo makes once it runs, retried 5 s, 10 s, … up to a minute apart until it succeeds: the first
/// seconds may see no storage or no cluster yet. The call must be safe to repeat.
/// </summary>
internal abstract class StartupGrainCall(ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    /// <summary>What the call does, for the retry warning ("Daily report schedule").</summary>
    protected abstract string Purpose { get; }

    protected abstract Task CallAsync();

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await CallAsync();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogWarning(ex, "{Purpose}: not done yet (attempt {Attempt}); retrying", Purpose, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 5 * attempt)), stoppingToken);
            }
        }
    }
}
