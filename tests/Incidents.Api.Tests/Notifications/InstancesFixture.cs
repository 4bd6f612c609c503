using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

/// <summary>A database and a webhook sink; the tests start and stop service instances themselves.</summary>
public class InstancesFixture<TDatabase> : IAsyncLifetime
    where TDatabase : IncidentsApiFactory, new()
{
    public TDatabase Database { get; } = new();

    public WebhookSink Sink { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        Sink = await WebhookSink.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Sink.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteInstancesFixture : InstancesFixture<SqliteApiFactory>;

public sealed class PostgreSqlInstancesFixture : InstancesFixture<PostgreSqlApiFactory>;
