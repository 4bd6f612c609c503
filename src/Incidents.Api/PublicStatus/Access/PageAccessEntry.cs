using System.Net;
using Incidents.Application.Pages.Common;

namespace Incidents.Api.PublicStatus.Access;

/// <summary>A page's access rules with its IP ranges parsed once, as kept in memory.</summary>
public sealed record PageAccessEntry(PageAccessRules Rules, IPNetwork[] Networks, long LoadedAt)
{
    public bool AllowsAddress(IPAddress? address)
    {
        if (address is null || Networks.Length == 0)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        foreach (var network in Networks)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }
}
