using System.Net;
using System.Net.Sockets;

namespace Incidents.Infrastructure.Notifications.Channels.Webhooks;

/// <summary>
/// Which addresses a webhook may connect to. Refused: loopback, private (RFC 1918, IPv6 ULA),
/// link-local (which holds the cloud metadata address 169.254.169.254), carrier-grade NAT,
/// unspecified/"this network", multicast/broadcast/reserved, and IPv4-mapped IPv6 (an old way round
/// IPv4 filters).
/// </summary>
public static class AddressPolicy
{
    /// <summary>Why <paramref name="address"/> is refused, or null when it is a public address.</summary>
    public static string? RefusalReason(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                return "IPv4-mapped IPv6 address";
            }

            if (IPAddress.IPv6Loopback.Equals(address))
            {
                return "loopback address";
            }

            if (IPAddress.IPv6None.Equals(address) || IPAddress.IPv6Any.Equals(address))
            {
                return "unspecified address";
            }

            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
            {
                return "link-local address";
            }

            var b6 = address.GetAddressBytes();
            if ((b6[0] & 0xFE) == 0xFC)
            {
                // fc00::/7 also holds AWS's IPv6 metadata address fd00:ec2::254.
                return "private (unique local) address";
            }

            if (address.IsIPv6Multicast)
            {
                return "multicast address";
            }

            return null;
        }

        var b = address.GetAddressBytes();
        return b switch
        {
            [127, ..] => "loopback address",
            [10, ..] => "private address",
            [172, >= 16 and <= 31, ..] => "private address",
            [192, 168, ..] => "private address",
            [169, 254, 169, 254] => "cloud metadata address",
            [169, 254, ..] => "link-local address",
            [100, >= 64 and <= 127, ..] => "carrier-grade NAT address",
            [0, ..] => "unspecified address",
            [>= 224, ..] => "multicast, broadcast or reserved address",
            _ => null,
        };
    }
}
