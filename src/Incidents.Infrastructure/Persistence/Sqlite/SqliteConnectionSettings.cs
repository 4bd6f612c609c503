using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Incidents.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Applies the per-connection settings once per native connection (pooled connections keep
/// them): a busy timeout, so a writer blocked by another process waits in SQLite's own handler
/// rather than in Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms per attempt (measured:
/// bench mode sqlite-busy), the configured PRAGMA synchronous, and the page size a new database
/// file is made with (SQLite ignores it once the file has content).
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private static readonly object Applied = new();
    private readonly ConditionalWeakTable<object, object> _configured = new();
    private readonly string _pragmas;

    public SqliteConnectionSettings(SqliteDatabaseOptions options)
    {
        // SQLite silently ignores a page size it does not support: refuse it at startup instead.
        if (options.PageSize is < 512 or > 65536 || !BitOperations.IsPow2(options.PageSize))
        {
            throw new InvalidOperationException(
                $"{SqliteDatabaseOptions.SectionName}:PageSize must be a power of two from 512 to 65536."
            );
        }

        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA page_size = {options.PageSize}; PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {options.Synchronous.ToString().ToUpperInvariant()};"
        );
    }

    public override void ConnectionOpened(
        DbConnection connection,
        ConnectionEndEventData eventData
    ) => Apply(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite)
        {
            return;
        }

        if (_configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        _configured.AddOrUpdate(handle, Applied);
    }
}
