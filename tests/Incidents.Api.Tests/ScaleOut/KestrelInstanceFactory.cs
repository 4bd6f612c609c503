using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>One instance of the service on real Kestrel (127.0.0.1, a free port) against a shared database and Redis.</summary>
public sealed class KestrelInstanceFactory : IncidentsApiFactory
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KestrelInstanceFactory(
        string connectionString,
        IReadOnlyDictionary<string, string?> settings
    )
    {
        ConnectionString = connectionString;
        _settings = settings;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public override string ProviderName => "PostgreSql";

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
