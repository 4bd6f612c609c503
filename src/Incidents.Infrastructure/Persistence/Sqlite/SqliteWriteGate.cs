using System.Collections.Concurrent;

namespace Incidents.Infrastructure.Persistence.Sqlite;

/// <summary>
/// One gate per SQLite database file in this process: SQLite admits one writer at a time per
/// file, so writers of this process wait their turn here (see IncidentsDbContext.EnterWriteAsync).
/// Other processes on the same file (the CLI) are still kept apart by SQLite's busy timeout.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(
        StringComparer.Ordinal
    );

    public static SemaphoreSlim For(string dataSource) =>
        Gates.GetOrAdd(Path.GetFullPath(dataSource), _ => new SemaphoreSlim(1, 1));
}
