using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Incidents.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Copies SQLite's log (WAL) into the database every <see cref="SqliteDatabaseOptions.CheckpointEvery"/>,
/// on a connection of its own (ADR 0174). Left to SQLite, the writer whose commit takes the log
/// past 1,000 pages runs the checkpoint inside its commit — inside the service's write gate,
/// so every other writer waits for its page copies and syncs — and a fan-out slice, which
/// dirties about 900 pages, set one off at almost every commit, copying the same index pages
/// again each time. PASSIVE never waits for a reader or a writer and never blocks one; what it
/// cannot copy yet is copied next time.
/// </summary>
internal sealed partial class SqliteCheckpointer(
    string connectionString,
    SqliteDatabaseOptions options,
    TimeProvider time,
    ILogger<SqliteCheckpointer> logger
) : BackgroundService
{
    /// <summary>The last checkpoint's report (null before the first).</summary>
    public SqliteCheckpoint? Last { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CheckpointEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    Last = await CheckpointAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The writers' backstop (wal_autocheckpoint) still bounds the log meanwhile.
                    LogCheckpointFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last connection to close checkpoints the rest.
        }
    }

    /// <summary>One passive checkpoint now.</summary>
    public async Task<SqliteCheckpoint> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return default;
        }

        // (busy, frames in the log, frames checkpointed); -1, -1 when not in WAL mode.
        return new SqliteCheckpoint(
            reader.GetInt64(0) != 0,
            Convert.ToInt32(reader.GetInt64(1), CultureInfo.InvariantCulture),
            Convert.ToInt32(reader.GetInt64(2), CultureInfo.InvariantCulture)
        );
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "SQLite background checkpoint failed; writers checkpoint past the backstop meanwhile"
    )]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
