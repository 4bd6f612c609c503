using Incidents.Api.Tests.Hardening.Infrastructure;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Incidents;
using Incidents.Infrastructure.ScaleOut;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>Two instances on one PostgreSQL database and one Redis, and single-instance mode without Redis.</summary>
public sealed class ScaleOutModeTests(PostgreSqlApiFactory database)
    : IClassFixture<PostgreSqlApiFactory>
{
    [Fact]
    public void WithoutRedis_SingleInstanceModeIsChosen_AndNothingIsForwarded()
    {
        using var single = new SqliteApiFactory();

        var mode = single.Services.GetRequiredService<ScaleOutMode>();
        var listeners = single
            .Services.CreateScope()
            .ServiceProvider.GetServices<IDomainEventsCommittedListener>();

        Assert.False(mode.IsDistributed);
        Assert.DoesNotContain(
            listeners,
            l => l.GetType().Name.Contains("Redis", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task WithRedis_AWriteOnInstanceA_ReachesInstanceBsListeners_AndIsNotEchoedBackToA()
    {
        Assert.SkipWhen(database.SkipReason is not null, database.SkipReason ?? string.Empty);
        Assert.SkipWhen(TestServers.RedisConnectionString is null, TestServers.RedisMissingReason);
        var prefix = "incidents-test-" + Guid.NewGuid().ToString("N");
        var onA = new RecordingCommittedListener();
        var onB = new RecordingCommittedListener();
        using var a = Instance(onA, prefix);
        using var b = Instance(onB, prefix);
        Assert.True(b.Services.GetRequiredService<ScaleOutMode>().IsDistributed);
        b.CreateClient().Dispose(); // start B (and its Redis subscription) before the write

        var page = await database.CreatePageClientAsync();
        using var client = a.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        var id = await client.CreateIncidentAsync("seen everywhere");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (
            !onB.Received.OfType<IncidentOpened>().Any(e => e.IncidentId == id)
            && DateTime.UtcNow < deadline
        )
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.Single(onB.Received.OfType<IncidentOpened>(), e => e.IncidentId == id);
        await Task.Delay(300, TestContext.Current.CancellationToken); // give a wrong echo time to arrive
        Assert.Single(onA.Received.OfType<IncidentOpened>(), e => e.IncidentId == id);
    }

    /// <remarks>
    /// Redis is a helper, the database the source of truth. Redis sits behind a TCP proxy that is
    /// cut before instance A starts: A starts anyway (it once failed to start) and serves writes;
    /// when Redis returns, A subscribes by itself and hears B's writes; with Redis cut again, A
    /// still shuts down without an error (an exception out of StopAsync fails the shutdown — it once
    /// failed a CI run with ObjectDisposedException).
    /// </remarks>
    [Fact]
    public async Task WithRedisAwayAtStart_InstanceServes_JoinsWhenRedisReturns_AndStopsCleanly()
    {
        Assert.SkipWhen(database.SkipReason is not null, database.SkipReason ?? string.Empty);
        Assert.SkipWhen(TestServers.RedisConnectionString is null, TestServers.RedisMissingReason);
        var (redisHost, redisPort) = StackExchange
            .Redis.ConfigurationOptions.Parse(TestServers.RedisConnectionString!)
            .EndPoints.Single() switch
        {
            System.Net.DnsEndPoint d => (d.Host, d.Port),
            System.Net.IPEndPoint ip => (ip.Address.ToString(), ip.Port),
            var other => throw new InvalidOperationException($"Unexpected Redis endpoint {other}"),
        };
        await using var proxy = TcpProxy.Start(redisHost, redisPort);
        proxy.Cut();
        var prefix = "incidents-test-" + Guid.NewGuid().ToString("N");
        var onA = new RecordingCommittedListener();
        var a = database.WithWebHostBuilder(b =>
        {
            b.UseSetting("Redis:ConnectionString", $"127.0.0.1:{proxy.Port},connectTimeout=500");
            b.UseSetting("Redis:Prefix", prefix);
            b.ConfigureTestServices(s => s.AddSingleton<IDomainEventsCommittedListener>(onA));
        });
        using var b = Instance(new RecordingCommittedListener(), prefix);
        var page = await database.CreatePageClientAsync();
        using var onInstanceA = a.CreateClient();
        onInstanceA.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        using var onInstanceB = b.CreateClient();
        onInstanceB.DefaultRequestHeaders.Add("X-API-KEY", page.Key);

        var whileAway = await onInstanceA.CreateIncidentAsync("Written while Redis is away");
        proxy.Restore();
        // A reconnects on its own schedule: B writes until A hears one of them.
        var heard = false;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!heard && DateTime.UtcNow < deadline)
        {
            var id = await onInstanceB.CreateIncidentAsync("Written on B after Redis returned");
            for (var i = 0; i < 20 && !heard; i++)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
                heard = onA.Received.OfType<IncidentOpened>().Any(e => e.IncidentId == id);
            }
        }

        proxy.Cut();
        var stopping = await Record.ExceptionAsync(async () => await a.DisposeAsync());

        Assert.NotEqual(Guid.Empty, whileAway);
        Assert.True(heard, "Instance A never heard B's writes after Redis returned.");
        Assert.Null(stopping);
    }

    private WebApplicationFactory<Program> Instance(
        RecordingCommittedListener listener,
        string prefix
    ) =>
        database.WithWebHostBuilder(b =>
        {
            b.UseSetting("Redis:ConnectionString", TestServers.RedisConnectionString);
            b.UseSetting("Redis:Prefix", prefix);
            b.ConfigureTestServices(s => s.AddSingleton<IDomainEventsCommittedListener>(listener));
        });

    [Fact]
    public async Task WithRedis_OneKeysRateLimit_IsSharedByAllInstances()
    {
        Assert.SkipWhen(database.SkipReason is not null, database.SkipReason ?? string.Empty);
        Assert.SkipWhen(TestServers.RedisConnectionString is null, TestServers.RedisMissingReason);
        var prefix = "incidents-test-" + Guid.NewGuid().ToString("N");
        using var a = Limited(prefix);
        using var b = Limited(prefix);
        var page = await database.CreatePageClientAsync();
        using var onA = a.CreateClient();
        using var onB = b.CreateClient();
        onA.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        onB.DefaultRequestHeaders.Add("X-API-KEY", page.Key);

        var statuses = new List<System.Net.HttpStatusCode>();
        foreach (var client in new[] { onA, onB, onA, onB })
        {
            using var response = await client.GetAsync(
                "/api/admin/Incident",
                TestContext.Current.CancellationToken
            );
            statuses.Add(response.StatusCode);
        }

        // A bucket of 3 for the key: the fourth request is refused even though B has served only one.
        Assert.Equal(
            [
                System.Net.HttpStatusCode.OK,
                System.Net.HttpStatusCode.OK,
                System.Net.HttpStatusCode.OK,
                System.Net.HttpStatusCode.TooManyRequests,
            ],
            statuses
        );
    }

    /// <summary>
    /// Keys are cached per instance (ADR 0101); a revocation on A must reach B's cache through
    /// the event bus. The cache lifetime is set far above the wait, so only eviction can pass.
    /// </summary>
    [Fact]
    public async Task WithRedis_AKeyRevokedOnInstanceA_IsRefusedOnInstanceB_ThoughBHadItCached()
    {
        Assert.SkipWhen(database.SkipReason is not null, database.SkipReason ?? string.Empty);
        Assert.SkipWhen(TestServers.RedisConnectionString is null, TestServers.RedisMissingReason);
        var prefix = "incidents-test-" + Guid.NewGuid().ToString("N");
        using var a = LongKeyCache(prefix);
        using var b = LongKeyCache(prefix);
        var page = await database.CreatePageClientAsync();
        using var adminOnA = a.CreateClient();
        adminOnA.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        var created = await adminOnA.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "reader", Role = "Read" }
        );
        Assert.True(created.Success, created.Raw);
        using var readerOnB = b.CreateClient();
        readerOnB.DefaultRequestHeaders.Add(
            "X-API-KEY",
            created.Result.GetProperty("Key").GetString()
        );
        Assert.Equal(
            System.Net.HttpStatusCode.OK,
            (await readerOnB.GetEnvelopeAsync("/api/admin/Incident")).Status
        );

        var revoked = await adminOnA.DeleteEnvelopeAsync(
            $"/api/admin/ApiKey/{created.Result.GetProperty("Id").GetGuid()}"
        );

        Assert.True(revoked.Success, revoked.Raw);
        await Notifications.Eventually.WaitAsync(
            async () => (await readerOnB.GetEnvelopeAsync("/api/admin/Incident")).Status,
            status => status == System.Net.HttpStatusCode.Unauthorized,
            "the key revoked on A to be refused on B",
            seconds: 10
        );
    }

    private WebApplicationFactory<Program> LongKeyCache(string prefix) =>
        database.WithWebHostBuilder(b =>
        {
            b.UseSetting("Redis:ConnectionString", TestServers.RedisConnectionString);
            b.UseSetting("Redis:Prefix", prefix);
            b.UseSetting("Auth:ApiKeyCacheSeconds", "600");
        });

    private WebApplicationFactory<Program> Limited(string prefix) =>
        database.WithWebHostBuilder(b =>
        {
            b.UseSetting("Redis:ConnectionString", TestServers.RedisConnectionString);
            b.UseSetting("Redis:Prefix", prefix);
            b.UseSetting("RateLimiting:Burst", "3");
            b.UseSetting("RateLimiting:PermitsPerMinute", "1");
        });

    [Fact]
    public async Task IdempotencyKey_RepeatedConcurrentlyOnTwoInstances_CreatesOneIncident()
    {
        Assert.SkipWhen(database.SkipReason is not null, database.SkipReason ?? string.Empty);
        Assert.SkipWhen(TestServers.RedisConnectionString is null, TestServers.RedisMissingReason);
        var prefix = "incidents-test-" + Guid.NewGuid().ToString("N");
        using var a = Instance(new RecordingCommittedListener(), prefix);
        using var b = Instance(new RecordingCommittedListener(), prefix);
        var page = await database.CreatePageClientAsync();
        using var onA = a.CreateClient();
        using var onB = b.CreateClient();

        var answers = await Task.WhenAll(
            Enumerable
                .Range(0, 10)
                .Select(i =>
                    SendCreateAsync(i % 2 == 0 ? onA : onB, page.Key, "storm-across-instances")
                )
        );

        Assert.All(
            answers,
            s =>
                Assert.Contains(
                    s,
                    new[] { System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.Conflict }
                )
        );
        Assert.Contains(System.Net.HttpStatusCode.OK, answers);
        var count = await database.WithDbAsync(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
                db.Incidents,
                i => i.PageId == page.PageId
            )
        );
        Assert.Equal(1, count);
    }

    private static async Task<System.Net.HttpStatusCode> SendCreateAsync(
        HttpClient client,
        string key,
        string idempotencyKey
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/Incident")
        {
            Content = System.Net.Http.Json.JsonContent.Create(
                new { Title = "Storm", Description = "Alert fired." }
            ),
        };
        request.Headers.Add("X-API-KEY", key);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
