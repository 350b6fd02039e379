using System.Net;
using System.Net.Sockets;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// Hands out TCP ports that are free right now. Test classes run in parallel (and other test processes may run
/// beside us), so every silo gets its own silo and gateway port instead of the 11111/30000 defaults.
/// </summary>
public static class TestPorts
{
    // Below Linux's ephemeral range (32768+) so outgoing connections never take the port from under a silo;
    // the process id spreads concurrent test processes over the range.
    private const int First = 20000;
    private const int Span = 12000;
    private static int next = First + (Environment.ProcessId % 600 * 20);

    public static int Next()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var candidate = First + ((Interlocked.Increment(ref next) - First) % Span);
            if (IsFree(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No free TCP port found for a test silo.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            // Silos listen on any address in the Production profile, so probe the same way.
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Any, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
