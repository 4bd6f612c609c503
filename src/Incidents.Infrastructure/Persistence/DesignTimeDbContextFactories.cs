using Incidents.Infrastructure.Persistence.PostgreSql;
using Incidents.Infrastructure.Persistence.Sqlite;
using Incidents.Infrastructure.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Incidents.Infrastructure.Persistence;

// `dotnet ef migrations add` builds each provider's context through these, without starting the
// service and without a database: migrations are generated from the model alone.
internal sealed class SqliteDesignTimeFactory
    : IDesignTimeDbContextFactory<SqliteIncidentsDbContext>
{
    public SqliteIncidentsDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqliteIncidentsDbContext>()
                .UseSqlite("Data Source=design.db")
                .Options
        );
}

internal sealed class PostgreSqlDesignTimeFactory
    : IDesignTimeDbContextFactory<PostgreSqlIncidentsDbContext>
{
    public PostgreSqlIncidentsDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<PostgreSqlIncidentsDbContext>()
                .UseNpgsql("Host=localhost")
                .Options
        );
}

internal sealed class SqlServerDesignTimeFactory
    : IDesignTimeDbContextFactory<SqlServerIncidentsDbContext>
{
    public SqlServerIncidentsDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqlServerIncidentsDbContext>()
                .UseSqlServer("Server=localhost")
                .Options
        );
}
