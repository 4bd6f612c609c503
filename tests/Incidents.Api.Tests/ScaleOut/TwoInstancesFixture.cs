using Incidents.Api.Tests.Infrastructure;
using Npgsql;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>Instances A and B on real Kestrel, one fresh PostgreSQL database, one Redis.</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private readonly string _database = "incidents_scale_" + Guid.NewGuid().ToString("N")[..16];

    public string? SkipReason { get; private set; }

    public KestrelInstanceFactory A { get; private set; } = null!;

    public KestrelInstanceFactory B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var admin = TestServers.PostgresConnectionString;
        var redis = TestServers.RedisConnectionString;
        SkipReason =
            admin is null ? TestServers.PostgresMissingReason
            : redis is null ? TestServers.RedisMissingReason
            : null;
        if (SkipReason is not null)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand(
                $"CREATE DATABASE \"{_database}\"",
                connection
            );
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = _database,
        }.ConnectionString;
        var settings = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis,
            ["Redis:Prefix"] = "incidents-test-" + Guid.NewGuid().ToString("N"),
            // An hour: a fresh answer on B can then only come from the cross-instance eviction,
            // never from the cache simply expiring.
            ["StatusPage:CacheSeconds"] = "3600",
        };
        A = new KestrelInstanceFactory(connectionString, settings);
        await A.InitializeAsync();
        B = new KestrelInstanceFactory(connectionString, settings);
        await B.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        // An SSE stream may still be open while a host stops; stopping must not fail the run.
        await StopQuietlyAsync(A);
        await StopQuietlyAsync(B);
        await TestDatabases.DropQuietlyAsync(TestServers.PostgresConnectionString!, _database);
    }

    private static async Task StopQuietlyAsync(KestrelInstanceFactory instance)
    {
        try
        {
            await instance.DisposeAsync();
        }
        catch (Exception e)
            when (e
                    is OperationCanceledException
                        or ObjectDisposedException
                        or InvalidOperationException
                        or AggregateException
            )
        {
            TestContext.Current.SendDiagnosticMessage(
                $"Instance stop: {e.GetType().Name}: {e.Message}"
            );
        }
    }
}
