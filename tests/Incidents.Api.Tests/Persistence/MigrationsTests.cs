using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.PostgreSql;
using Incidents.Infrastructure.Persistence.Sqlite;
using Incidents.Infrastructure.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Persistence;

/// <summary>Each provider's migrations must describe the current model exactly (no forgotten migration).</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql", "SqlServer" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_ForEachProvider_HasNoPendingChanges(string provider)
    {
        using var db = Create(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The {provider} model has changes without a migration: run dotnet ef migrations add for {provider}."
        );
    }

    private static IncidentsDbContext Create(string provider) =>
        provider switch
        {
            "Sqlite" => new SqliteIncidentsDbContext(
                new DbContextOptionsBuilder<SqliteIncidentsDbContext>()
                    .UseSqlite("Data Source=:memory:")
                    .Options
            ),
            "PostgreSql" => new PostgreSqlIncidentsDbContext(
                new DbContextOptionsBuilder<PostgreSqlIncidentsDbContext>()
                    .UseNpgsql("Host=127.0.0.1")
                    .Options
            ),
            _ => new SqlServerIncidentsDbContext(
                new DbContextOptionsBuilder<SqlServerIncidentsDbContext>()
                    .UseSqlServer("Server=127.0.0.1")
                    .Options
            ),
        };
}
