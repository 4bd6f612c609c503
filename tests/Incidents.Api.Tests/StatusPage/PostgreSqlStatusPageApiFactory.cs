using Incidents.Api.Tests.Infrastructure;
using Npgsql;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>A fresh database on the real PostgreSQL server (dropped afterwards), with a fake clock.</summary>
public sealed class PostgreSqlStatusPageApiFactory : FakeClockApiFactory
{
    private readonly string _database = "incidents_page_" + Guid.NewGuid().ToString("N")[..16];

    public override string ProviderName => "PostgreSql";

    public override async ValueTask InitializeAsync()
    {
        var admin = TestServers.PostgresConnectionString;
        if (admin is null)
        {
            SkipReason = TestServers.PostgresMissingReason;
            return;
        }

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"CREATE DATABASE \"{_database}\"",
                connection
            );
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = _database,
        }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var admin = TestServers.PostgresConnectionString;
        if (admin is null || SkipReason is not null)
        {
            return;
        }

        await TestDatabases.DropQuietlyAsync(admin, _database);
    }
}
