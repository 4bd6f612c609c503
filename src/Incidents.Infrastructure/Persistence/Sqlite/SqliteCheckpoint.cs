namespace Incidents.Infrastructure.Persistence.Sqlite;

/// <summary>
/// What one <c>PRAGMA wal_checkpoint(PASSIVE)</c> reported: whether it was kept from finishing,
/// the frames in the log, and how many of them are now in the database.
/// </summary>
public readonly record struct SqliteCheckpoint(bool Busy, int LogFrames, int CheckpointedFrames);
