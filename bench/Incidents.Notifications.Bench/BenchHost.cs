using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Incidents.Application.Pages.Commands.CreatePage;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

/// <summary>The service in-process and the admin calls the benchmarks share.</summary>
internal static class BenchHost
{
    /// <summary>WebApplicationFactory looks for the Api's content root next to a solution file; point at it.</summary>
    public static void UseApiContentRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (
            root is not null
            && !Directory.Exists(Path.Combine(root.FullName, "src", "Incidents.Api"))
        )
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_INCIDENTS_API",
            Path.Combine(root?.FullName ?? ".", "src", "Incidents.Api")
        );
    }

    public static WebApplicationFactory<Program> Host(
        BenchDatabase database,
        bool workers,
        int concurrency,
        IReadOnlyDictionary<string, string>? settings = null
    ) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Benchmark");
            b.UseSetting("Database:Provider", database.Provider);
            b.UseSetting("ConnectionStrings:Incidents", database.ConnectionString);
            b.UseSetting("Auth:BootstrapApiKey", "bench-bootstrap-key-0123456789");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Notifications:Workers:Enabled", workers ? "true" : "false");
            b.UseSetting("Notifications:Workers:PollInterval", "00:00:00.200");
            // Requests in flight = the baseline's concurrency.
            b.UseSetting(
                "Notifications:Workers:Concurrency",
                concurrency.ToString(CultureInfo.InvariantCulture)
            );
            b.UseSetting(
                "Notifications:Workers:BatchSize",
                Environment.GetEnvironmentVariable("INCIDENTS_BENCH_BATCH") ?? "100"
            );
            b.UseSetting("Notifications:Webhooks:AllowPrivateNetworks", "true");
            // The benchmark drives the admin API far above the default per-key rate limit.
            b.UseSetting("RateLimiting:PermitsPerMinute", "100000000");
            b.UseSetting("RateLimiting:Burst", "10000000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                b.UseSetting(key, value);
            }
        });

    public static HttpClient Client(WebApplicationFactory<Program> host, string key)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", key);
        return client;
    }

    public static async Task<PageInfo> CreatePageAsync(WebApplicationFactory<Program> host)
    {
        var slug = "bench-" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = host.Services.CreateAsyncScope();
        var page = await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CreatePageCommand(slug, "Bench " + slug));
        return new PageInfo(page.PageId, page.Key, slug);
    }

    public static async Task AddSubscribersAsync(
        WebApplicationFactory<Program> host,
        Guid pageId,
        int count,
        Func<int, string> url
    )
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        for (var i = 0; i < count; i++)
        {
            db.Add(
                Subscriber.CreateWebhook(pageId, new Uri(url(i)), null, null, DateTimeOffset.UtcNow)
            );
        }

        await db.SaveChangesAsync();
    }

    public static async Task CreateIncidentAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "Database Connectivity Issues",
                Description = "We are investigating reports of database timeouts.",
                Status = "Investigating",
                Impact = "Major Outage",
                IsNotify = true,
            }
        );
        response.EnsureSuccessStatusCode();
    }

    public static async Task<double> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
