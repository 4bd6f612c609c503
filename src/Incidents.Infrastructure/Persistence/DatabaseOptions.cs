namespace Incidents.Infrastructure.Persistence;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Incidents";
    public const string DefaultSqliteConnectionString = "Data Source=data/incidents.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the service starts (turn off when a pipeline runs them).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
