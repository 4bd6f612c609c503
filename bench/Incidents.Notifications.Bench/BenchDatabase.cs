using Npgsql;

namespace Incidents.Notifications.Bench;

/// <summary>A throw-away database: SQLite in a temp folder, or a fresh PostgreSQL database.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private string? _folder;
    private string? _postgresAdmin;
    private string? _postgresName;

    public string Provider { get; private set; } = "Sqlite";

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A database someone else made and keeps (nothing is deleted on dispose).</summary>
    public static BenchDatabase Existing(string provider, string connectionString) =>
        new() { Provider = provider, ConnectionString = connectionString };

    public static async Task<BenchDatabase> CreateAsync()
    {
        var database = new BenchDatabase();
        var admin = Environment.GetEnvironmentVariable("INCIDENTS_BENCH_POSTGRES");
        if (string.IsNullOrEmpty(admin))
        {
            database._folder = Path.Combine(
                Path.GetTempPath(),
                "incidents-bench",
                Guid.NewGuid().ToString("N")
            );
            Directory.CreateDirectory(database._folder);
            database.ConnectionString = $"Data Source={Path.Combine(database._folder, "bench.db")}";
            return database;
        }

        database.Provider = "PostgreSql";
        database._postgresAdmin = admin;
        database._postgresName = "incidents_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"CREATE DATABASE \"{database._postgresName}\"",
                connection
            );
            await command.ExecuteNonQueryAsync();
        }

        database.ConnectionString = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = database._postgresName,
        }.ConnectionString;
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_postgresAdmin is not null && _postgresName is not null)
        {
            await DropPostgresDatabaseAsync(_postgresAdmin, _postgresName);
        }
    }

    // WITH (FORCE) cannot end an autovacuum worker visiting the database (this login may not
    // signal it), and one often is after a run's writes: retry for up to 10 s, then leave the
    // database behind with a line on stderr rather than fail the run after its figures.
    private static async Task DropPostgresDatabaseAsync(string admin, string name)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(
                    $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)",
                    connection
                );
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e)
            {
                if (attempt == 20)
                {
                    await Console.Error.WriteLineAsync(
                        $"left database {name} behind: {e.MessageText}"
                    );
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }
}
