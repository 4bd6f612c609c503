using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Incidents.Api.Common;

/// <summary>
/// Behind a reverse proxy (settings under <c>ForwardedHeaders:</c>): X-Forwarded-For, -Proto and
/// -Host are believed only from the listed proxies/networks (loopback by default), so a client
/// cannot pick another page by sending X-Forwarded-Host itself. Off unless Enabled is true.
/// </summary>
internal static class ProxyHeaders
{
    public const string SectionName = "ForwardedHeaders";

    public static void AddProxyHeaders(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SectionName);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders =
                ForwardedHeaders.XForwardedFor
                | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = section.GetValue<int?>("ForwardLimit") ?? 1;
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    public static void UseProxyHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{SectionName}:Enabled"))
        {
            app.UseForwardedHeaders();
        }
    }
}
