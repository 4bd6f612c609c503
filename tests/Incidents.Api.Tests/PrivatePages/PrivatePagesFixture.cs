using System.Globalization;
using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Incidents.Api.Tests.StatusPage;
using Incidents.Application.Pages.Commands.CreatePage;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Incidents.Api.Tests.PrivatePages;

/// <summary>
/// The service on one provider (fake clock) with a real SMTP sink, the public per-client limit
/// lifted (every test posts forms from the test server), and the client's address taken from the
/// test header <see cref="ClientHeader"/>: each test is its own client for the sign-in limits, and
/// the IP allow-list can be tried. No forwarded-headers middleware is on, as by default.
/// </summary>
public abstract class PrivatePagesFixture : IAsyncLifetime
{
    public const string ClientHeader = "X-Test-Client-Address";

    private FakeClockApiFactory? _factory;
    private WebApplicationFactory<Program>? _app;

    public SmtpSink Smtp { get; private set; } = null!;

    public string? SkipReason => _factory?.SkipReason;

    public WebApplicationFactory<Program> App =>
        _app ?? throw new InvalidOperationException("Skipped: " + SkipReason);

    public IServiceProvider Services => App.Services;

    /// <summary>The service's clock (sessions and links expire by it).</summary>
    public FakeTimeProvider Time => _factory!.Time;

    protected abstract FakeClockApiFactory CreateFactory();

    public async ValueTask InitializeAsync()
    {
        Smtp = SmtpSink.Start();
        _factory = CreateFactory();
        await _factory.InitializeAsync();
        if (_factory.SkipReason is not null)
        {
            return;
        }

        _app = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimiting:PublicPermitsPerMinute", "1000000");
            b.UseSetting("RateLimiting:PublicBurst", "1000000");
            b.UseSetting("Smtp:Host", "127.0.0.1");
            b.UseSetting("Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Smtp:Security", "None");
            b.UseSetting("Smtp:From", "Status <status@example.test>");
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddressFilter>());
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new page and a client with its Admin key.</summary>
    public async Task<PageClient> CreatePageAsync()
    {
        var slug = "pp-" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = Services.CreateAsyncScope();
        var page = await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CreatePageCommand(slug, "Secret page " + slug));
        var http = App.CreateClient();
        http.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        return new PageClient(page.PageId, slug, page.Key, http);
    }

    /// <summary>A browser-like visitor without cookies handling or redirects, from its own address.</summary>
    public HttpClient CreateVisitor(string? address = null, string baseAddress = "http://localhost")
    {
        var client = App.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = false,
                BaseAddress = new Uri(baseAddress),
            }
        );
        client.DefaultRequestHeaders.Add(ClientHeader, address ?? RandomAddress());
        return client;
    }

    public static string RandomAddress() =>
        $"198.51.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use(
                    (context, nextMiddleware) =>
                    {
                        if (
                            context.Request.Headers.TryGetValue(ClientHeader, out var value)
                            && IPAddress.TryParse(value.ToString(), out var address)
                        )
                        {
                            context.Connection.RemoteIpAddress = address;
                        }

                        return nextMiddleware(context);
                    }
                );
                next(app);
            };
    }
}
