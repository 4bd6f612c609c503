using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>
/// The service on real Kestrel (127.0.0.1, a free port) rather than the in-memory test server: for a
/// real browser, SSE and HEAD over TCP, and several instances side by side.
/// </summary>
public abstract class KestrelApiFactory : IncidentsApiFactory
{
    protected KestrelApiFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = null!;

    public override ValueTask InitializeAsync()
    {
        StartServer();
        BaseAddress = new Uri(
            Services
                .GetRequiredService<IServer>()
                .Features.Get<IServerAddressesFeature>()!
                .Addresses.First()
        );
        return ValueTask.CompletedTask;
    }

    /// <summary>A client that talks to this instance over real TCP.</summary>
    public HttpClient CreateTcpClient(string? apiKey = null)
    {
        var client = new HttpClient
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-API-KEY", apiKey);
        }

        return client;
    }
}
