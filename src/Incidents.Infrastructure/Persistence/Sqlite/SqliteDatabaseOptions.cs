namespace Incidents.Infrastructure.Persistence.Sqlite;

/// <summary>The "Database:Sqlite" settings of the embedded provider (ADR 0100).</summary>
public sealed class SqliteDatabaseOptions
{
    public const string SectionName = "Database:Sqlite";

    /// <summary>
    /// PRAGMA synchronous. <see cref="SqliteSynchronousMode.Normal"/> (the default, with WAL)
    /// survives a crash of the service without losing a commit; a power loss or OS crash may lose
    /// the last commits before the next checkpoint (never corrupts). <see cref="SqliteSynchronousMode.Full"/>
    /// syncs the log on every commit: nothing acknowledged is lost even then, at several times
    /// the cost per write.
    /// </summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Normal;

    /// <summary>How long a writer waits for another process holding the database (the CLI) before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// PRAGMA page_size of a database file this service creates; a file that has content keeps
    /// the size it was made with. A power of two from 512 to 65536; SQLite's own 4096 by default.
    /// Smaller pages write fewer bytes to the log per create, which helped only while the disk's
    /// syncs were slow and cost the fan-out's bulk inserts CPU (ADR 0143).
    /// </summary>
    public int PageSize { get; set; } = 4096;
}
