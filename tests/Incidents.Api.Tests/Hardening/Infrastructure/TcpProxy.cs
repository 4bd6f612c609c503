using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Incidents.Api.Tests.Hardening.Infrastructure;

/// <summary>
/// A TCP relay in front of the database. <see cref="Cut"/> resets every open connection and
/// refuses new ones (as a crashed or partitioned server would); <see cref="Restore"/> relays again.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<Guid, (TcpClient Client, TcpClient Upstream)> _links =
        new();
    private readonly CancellationTokenSource _stop = new();
    private readonly string _targetHost;
    private readonly int _targetPort;
    private Task _acceptLoop = Task.CompletedTask;
    private volatile bool _cut;

    private TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
    }

    public int Port { get; private set; }

    public static TcpProxy Start(string targetHost, int targetPort)
    {
        var proxy = new TcpProxy(targetHost, targetPort);
        proxy._listener.Start();
        proxy.Port = ((IPEndPoint)proxy._listener.LocalEndpoint).Port;
        proxy._acceptLoop = proxy.AcceptLoopAsync();
        return proxy;
    }

    public void Cut()
    {
        _cut = true;
        foreach (var (id, link) in _links)
        {
            Reset(link.Client);
            Reset(link.Upstream);
            _links.TryRemove(id, out _);
        }
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e)
                when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                Reset(client);
                continue;
            }

            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                Reset(client);
                upstream.Dispose();
                continue;
            }

            var id = Guid.NewGuid();
            _links[id] = (client, upstream);
            _ = RelayAsync(id, client, upstream);
        }
    }

    private async Task RelayAsync(Guid id, TcpClient client, TcpClient upstream)
    {
        try
        {
            await Task.WhenAny(
                client.GetStream().CopyToAsync(upstream.GetStream(), _stop.Token),
                upstream.GetStream().CopyToAsync(client.GetStream(), _stop.Token)
            );
        }
        catch (Exception e)
            when (e
                    is IOException
                        or SocketException
                        or ObjectDisposedException
                        or OperationCanceledException
            )
        {
            // The link was cut.
        }
        finally
        {
            _links.TryRemove(id, out _);
            client.Dispose();
            upstream.Dispose();
        }
    }

    /// <summary>An abortive close (RST), like a dead peer, rather than a polite FIN.</summary>
    private static void Reset(TcpClient client)
    {
        try
        {
            // The relay may dispose the client concurrently: work on the socket captured once.
            var socket = client.Client;
            if (socket is not null)
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }

        client.Dispose();
    }
}
