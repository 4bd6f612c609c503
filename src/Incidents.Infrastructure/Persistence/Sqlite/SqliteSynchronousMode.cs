namespace Incidents.Infrastructure.Persistence.Sqlite;

/// <summary>The values of SQLite's PRAGMA synchronous this service offers (see <see cref="SqliteDatabaseOptions.Synchronous"/>).</summary>
public enum SqliteSynchronousMode
{
    Normal,
    Full,
}
