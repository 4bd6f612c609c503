// Fan-out benchmark for notifications (not a test): see docs/performance.md "## Notifications".
//   dotnet run -c Release --project bench/Incidents.Notifications.Bench [-- subscribers concurrency]
// It measures, in one run on one machine:
//   1. create latency (POST /api/admin/Incident, IsNotify) on a page with 0 and with N subscribers;
//   2. fan-out: one incident to N webhook subscribers on a local Kestrel sink, deliveries/s
//      (from the create request to the N-th receipt), beside a plain HttpClient loop posting the
//      same body N times to the same sink with the same concurrency.
// Database: SQLite in a temp folder, or PostgreSQL when INCIDENTS_BENCH_POSTGRES is set
// (a login that may CREATE DATABASE).
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Incidents.Application.Pages.Commands.CreatePage;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

internal static class FanOutBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var subscribers =
            args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        const int latencySamples = 30;
        const int SenderLoops = 4;

        // WebApplicationFactory looks for the Api's content root next to a solution file; point at it.
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

        await using var sink = await Sink.StartAsync();
        await using var database = await BenchDatabase.CreateAsync();
        Console.WriteLine(
            $"Database: {database.Provider}; subscribers: {subscribers}; concurrency: {concurrency}"
        );

        // Phase 1: create latency with workers off (the request path alone), 0 vs N subscribers.
        PageInfo empty;
        PageInfo crowded;
        double[] latencyEmpty;
        double[] latencyCrowded;
        await using (var host = Host(database, workers: false, concurrency))
        {
            empty = await CreatePageAsync(host);
            crowded = await CreatePageAsync(host);
            await AddSubscribersAsync(host, crowded.Id, subscribers, sink.Url);
            var emptyClient = Client(host, empty.Key);
            var crowdedClient = Client(host, crowded.Key);
            for (var i = 0; i < 5; i++)
            {
                await CreateIncidentAsync(emptyClient);
                await CreateIncidentAsync(crowdedClient);
            }

            latencyEmpty = new double[latencySamples];
            latencyCrowded = new double[latencySamples];
            for (var i = 0; i < latencySamples; i++)
            {
                latencyEmpty[i] = await TimeAsync(() => CreateIncidentAsync(emptyClient));
                latencyCrowded[i] = await TimeAsync(() => CreateIncidentAsync(crowdedClient));
            }

            // Those incidents are not part of the fan-out measurement.
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            await db
                .OutboxMessages.Where(m => m.ProcessedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, DateTimeOffset.UtcNow));
        }

        // Phase 2: fan-out through the real pipeline, workers on.
        double fanOutSeconds;
        double firstSeconds;
        await using (var host = Host(database, workers: true, concurrency))
        {
            var client = Client(host, crowded.Key);
            _ = host.Services;
            await Task.Delay(1000);
            sink.Reset();
            var clock = Stopwatch.StartNew();
            var started = DateTime.UtcNow;
            await CreateIncidentAsync(client);
            await sink.WaitForAsync(subscribers, TimeSpan.FromMinutes(10));
            fanOutSeconds = clock.Elapsed.TotalSeconds;
            firstSeconds = (sink.FirstAt - started).TotalSeconds;
        }

        // Baseline: the same number of POSTs of a same-sized body with the same concurrency.
        var body = sink.LastBody ?? new string('x', 600);
        double baselineSeconds;
        using (var http = new HttpClient())
        {
            sink.Reset();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(
                Enumerable.Range(0, subscribers),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency },
                async (i, ct) =>
                {
                    using var content = new StringContent(
                        body,
                        System.Text.Encoding.UTF8,
                        "application/json"
                    );
                    using var response = await http.PostAsync(sink.Url(i), content, ct);
                    response.EnsureSuccessStatusCode();
                }
            );
            await sink.WaitForAsync(subscribers, TimeSpan.FromMinutes(5));
            baselineSeconds = clock.Elapsed.TotalSeconds;
        }

        Console.WriteLine();
        Console.WriteLine("| Measure | Value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(
            $"| Create latency, 0 subscribers (median / p95 of {latencySamples}) | {Median(latencyEmpty):F1} ms / {P95(latencyEmpty):F1} ms |"
        );
        Console.WriteLine(
            $"| Create latency, {subscribers:N0} subscribers (median / p95 of {latencySamples}) | {Median(latencyCrowded):F1} ms / {P95(latencyCrowded):F1} ms |"
        );
        Console.WriteLine(
            $"| Fan-out: create → {subscribers:N0} signed webhooks received | {fanOutSeconds:F2} s = {subscribers / fanOutSeconds:F0} deliveries/s |"
        );
        Console.WriteLine(
            $"| Fan-out: first webhook received after | {firstSeconds * 1000:F0} ms |"
        );
        Console.WriteLine(
            $"| Baseline: plain HttpClient loop, {subscribers:N0} POSTs, same concurrency | {baselineSeconds:F2} s = {subscribers / baselineSeconds:F0} requests/s |"
        );
        Console.WriteLine(
            $"| Ratio fan-out / baseline throughput | {baselineSeconds / fanOutSeconds:F2} |"
        );
        return 0;

        static WebApplicationFactory<Program> Host(
            BenchDatabase database,
            bool workers,
            int concurrency
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
                b.UseSetting(
                    "Notifications:Workers:Concurrency",
                    // Requests in flight = loops x per-batch concurrency = the baseline's
                    // concurrency (the sender runs one loop on SQLite).
                    Math.Max(
                            1,
                            database.Provider == "Sqlite" ? concurrency : concurrency / SenderLoops
                        )
                        .ToString(CultureInfo.InvariantCulture)
                );
                b.UseSetting(
                    "Notifications:Workers:SenderLoops",
                    SenderLoops.ToString(CultureInfo.InvariantCulture)
                );
                b.UseSetting(
                    "Notifications:Workers:BatchSize",
                    Environment.GetEnvironmentVariable("INCIDENTS_BENCH_BATCH") ?? "100"
                );
                b.UseSetting("Notifications:Webhooks:AllowPrivateNetworks", "true");
                // The benchmark drives the admin API far above the default per-key rate limit.
                b.UseSetting("RateLimiting:PermitsPerMinute", "100000000");
                b.UseSetting("RateLimiting:Burst", "10000000");
            });

        static HttpClient Client(WebApplicationFactory<Program> host, string key)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("X-API-KEY", key);
            return client;
        }

        static async Task<PageInfo> CreatePageAsync(WebApplicationFactory<Program> host)
        {
            var slug = "bench-" + Guid.NewGuid().ToString("N")[..10];
            await using var scope = host.Services.CreateAsyncScope();
            var page = await scope
                .ServiceProvider.GetRequiredService<IMediator>()
                .Send(new CreatePageCommand(slug, "Bench " + slug));
            return new PageInfo(page.PageId, page.Key);
        }

        static async Task AddSubscribersAsync(
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
                    Subscriber.CreateWebhook(
                        pageId,
                        new Uri(url(i)),
                        null,
                        null,
                        DateTimeOffset.UtcNow
                    )
                );
            }

            await db.SaveChangesAsync();
        }

        static async Task CreateIncidentAsync(HttpClient client)
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

        static async Task<double> TimeAsync(Func<Task> action)
        {
            var clock = Stopwatch.StartNew();
            await action();
            return clock.Elapsed.TotalMilliseconds;
        }

        static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

        static double P95(double[] values) =>
            values.Order().ElementAt((int)Math.Ceiling(values.Length * 0.95) - 1);
    }
}

internal sealed record PageInfo(Guid Id, string Key);
