using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Pages.Commands.CreatePage;
using Incidents.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// One instance of the service with its notification workers, on the database of a test
/// database factory. Several hosts on one database are several instances.
/// </summary>
public sealed class NotificationsHost(WebApplicationFactory<Program> app) : IAsyncDisposable
{
    public WebApplicationFactory<Program> App { get; } = app;

    /// <summary>Fast polling and retries in seconds so tests run quickly; private targets allowed (the sink is on loopback).</summary>
    public static NotificationsHost Create(
        IncidentsApiFactory database,
        SmtpSink? smtp,
        IReadOnlyDictionary<string, string>? overrides = null
    )
    {
        var settings = new Dictionary<string, string>
        {
            ["Notifications:Workers:Enabled"] = "true",
            ["Notifications:Workers:PollInterval"] = "00:00:00.200",
            ["Notifications:RetrySchedule"] = "00:00:01,00:00:01",
            ["Notifications:Webhooks:AllowPrivateNetworks"] = "true",
            ["Notifications:Webhooks:AttemptTimeout"] = "00:00:05",
            // All tests share one sink (one host:port); the breaker has its own test.
            ["Notifications:Webhooks:CircuitMinimumThroughput"] = "1000",
            ["Notifications:Subscribe:ConfirmationsPerAddressPerHour"] = "2",
            // Every test of the fixture subscribes from the same (in-memory) client address: the
            // per-client limit of public forms has its own tests (Hardening/RateLimitingTests).
            ["RateLimiting:PublicPermitsPerMinute"] = "6000",
            ["RateLimiting:PublicBurst"] = "1000",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = (smtp?.Port ?? 1).ToString(
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "Status <status@example.test>",
            ["PublicBaseUrl"] = "http://localhost",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return new NotificationsHost(
            database.WithWebHostBuilder(b =>
            {
                foreach (var (key, value) in settings)
                {
                    b.UseSetting(key, value);
                }
            })
        );
    }

    public async Task<PageClient> CreatePageClientAsync(string? name = null)
    {
        var slug = "p-" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = App.Services.CreateAsyncScope();
        var page = await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CreatePageCommand(slug, name ?? "Test page " + slug));
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        return new PageClient(page.PageId, slug, page.Key, client);
    }

    public async Task<T> WithDbAsync<T>(Func<IncidentsDbContext, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IncidentsDbContext>());
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
