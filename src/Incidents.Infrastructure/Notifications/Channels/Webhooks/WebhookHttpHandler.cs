using System.Net;
using System.Net.Sockets;

namespace Incidents.Infrastructure.Notifications.Channels.Webhooks;

/// <summary>
/// The webhook client's socket handler: never follows redirects (a 3xx is a failure), and checks
/// where it connects at connect time — after DNS resolution — so a name that resolves (or later
/// re-resolves) to an internal address cannot slip past a check made at subscribe time.
/// </summary>
public static class WebhookHttpHandler
{
    public static SocketsHttpHandler Create(bool allowPrivateNetworks) =>
        new()
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ConnectCallback = (context, cancellationToken) =>
                ConnectAsync(context, allowPrivateNetworks, cancellationToken),
        };

    private static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context,
        bool allowPrivateNetworks,
        CancellationToken cancellationToken
    )
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!allowPrivateNetworks)
        {
            foreach (var address in addresses)
            {
                // Any forbidden answer refuses the host: a name mixing public and internal
                // addresses is a rebinding attempt or a misconfiguration either way.
                if (AddressPolicy.RefusalReason(address) is { } reason)
                {
                    throw new HttpRequestException(
                        $"Refused to connect to {host} ({address}): {reason}. Set Notifications:Webhooks:AllowPrivateNetworks=true to allow internal targets."
                    );
                }
            }
        }

        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{host} did not resolve to any address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
