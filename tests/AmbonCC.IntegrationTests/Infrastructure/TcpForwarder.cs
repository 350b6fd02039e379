using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP forwarder to a real server that a test can cut (<see cref="Close"/>: connections reset, new
/// ones refused, as when the server stops) and restore (<see cref="Open"/>, same port): a store outage without
/// stopping a server other tests share.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly ConcurrentDictionary<Socket, byte> sockets = new();
    private TcpListener? listener;
    private CancellationTokenSource? accepting;

    private TcpForwarder(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    public int Port { get; private set; }

    public static TcpForwarder Start(string targetHost, int targetPort)
    {
        var forwarder = new TcpForwarder(targetHost, targetPort);
        forwarder.Open();
        return forwarder;
    }

    public void Open()
    {
        var next = new TcpListener(IPAddress.Loopback, Port);
        next.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        next.Start();
        Port = ((IPEndPoint)next.LocalEndpoint).Port;
        listener = next;
        accepting = new CancellationTokenSource();
        _ = AcceptAsync(next, accepting.Token);
    }

    public void Close()
    {
        accepting?.Cancel();
        listener?.Stop();
        listener = null;
        foreach (var socket in sockets.Keys)
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0); // reset, as a dead server's host answers
                socket.Close();
            }
            catch (ObjectDisposedException)
            {
            }
        }

        sockets.Clear();
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await from.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        sockets[client] = 0;
        sockets[upstream] = 0;
        try
        {
            await upstream.ConnectAsync(targetHost, targetPort);
            await Task.WhenAny(PumpAsync(client, upstream), PumpAsync(upstream, client));
        }
        catch (Exception)
        {
            // A cut connection: both ends are closed below.
        }
        finally
        {
            sockets.TryRemove(client, out _);
            sockets.TryRemove(upstream, out _);
            client.Dispose();
            upstream.Dispose();
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16384];
        int read;
        while ((read = await from.ReceiveAsync(buffer)) > 0)
        {
            await to.SendAsync(buffer.AsMemory(0, read));
        }
    }
}
