using System.Net;
using Incidents.Application.Pages.Commands.CreatePage;
using Incidents.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>
/// The real service (Program) in memory, on a real database of one provider. Each test gets its
/// own status page (tenant) through <see cref="CreatePageClientAsync"/>, so tests sharing one
/// database do not see each other's data.
/// </summary>
public abstract class IncidentsApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string BootstrapKey = "test-bootstrap-key-0123456789";

    public abstract string ProviderName { get; }

    /// <summary>Why this provider's tests cannot run here (no server, no Docker), or null.</summary>
    public string? SkipReason { get; protected set; }

    protected string ConnectionString { get; set; } = string.Empty;

    private bool _overTcp;
    private Uri? _baseAddress;

    /// <summary>The real Kestrel address, for factories that called <see cref="ServeOverTcp"/>.</summary>
    public Uri BaseAddress =>
        _baseAddress
        ?? throw new InvalidOperationException(
            "This factory serves in memory: call ServeOverTcp() in its constructor."
        );

    public virtual ValueTask InitializeAsync()
    {
        if (_overTcp)
        {
            StartServer();
            _baseAddress = new Uri(
                Services
                    .GetRequiredService<IServer>()
                    .Features.Get<IServerAddressesFeature>()!
                    .Addresses.First()
            );
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Serve on real Kestrel (127.0.0.1, a free port) instead of the in-memory test server: for a real
    /// browser, SSE and HEAD over TCP, and several instances side by side. Call in the constructor.
    /// </summary>
    protected void ServeOverTcp()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _overTcp = true;
    }

    /// <summary>A client that talks to the Kestrel instance over real TCP.</summary>
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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", ProviderName);
        builder.UseSetting("ConnectionStrings:Incidents", ConnectionString);
        builder.UseSetting("Auth:BootstrapApiKey", BootstrapKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Background notification workers run only where a test asks for them (Notifications/).
        builder.UseSetting("Notifications:Workers:Enabled", "false");
    }

    /// <summary>A client for a new page of its own, authenticated with that page's Admin key.</summary>
    public async Task<PageClient> CreatePageClientAsync()
    {
        var slug = "p-" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = Services.CreateAsyncScope();
        var page = await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CreatePageCommand(slug, "Test page " + slug));
        return new PageClient(page.PageId, slug, page.Key, CreateClientWithKey(page.Key));
    }

    public HttpClient CreateClientWithKey(string? apiKey)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-API-KEY", apiKey);
        }

        return client;
    }

    /// <summary>Runs <paramref name="action"/> against the service's own DbContext (for assertions on stored rows).</summary>
    public async Task<T> WithDbAsync<T>(Func<IncidentsDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IncidentsDbContext>());
    }
}
