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
    /// How often the log (WAL) is copied into the database by a background checkpoint, off the
    /// writers' path (ADR 0174). Writers then only checkpoint themselves past
    /// <see cref="BackstopCheckpointPages"/>. Zero: SQLite's own automatic checkpoint, run by the
    /// writer whose commit takes the log past 1,000 pages.
    /// </summary>
    public TimeSpan CheckpointEvery { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Log pages (4 KiB each) past which a writer checkpoints itself, should the background checkpoint fall behind.</summary>
    public const int BackstopCheckpointPages = 25_000;

    /// <summary>SQLite's own default for <c>PRAGMA wal_autocheckpoint</c>.</summary>
    public const int DefaultCheckpointPages = 1_000;

    /// <summary>The <c>PRAGMA wal_autocheckpoint</c> every connection gets.</summary>
    public int AutoCheckpointPages =>
        CheckpointEvery > TimeSpan.Zero ? BackstopCheckpointPages : DefaultCheckpointPages;
}
