using Incidents.Api.Tests.Infrastructure;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// Each context type names its database (<see cref="IncidentsDbContext.Provider"/>), and the
/// workers' claims and the bulk inserts pick their SQL by it: it must be the database EF Core
/// really talks to.
/// </summary>
public abstract class ContextProviderTests
{
    private readonly IncidentsApiFactory _factory;

    protected ContextProviderTests(IncidentsApiFactory factory)
    {
        _factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected abstract DatabaseProvider Expected { get; }

    [Fact]
    public async Task Provider_IsTheDatabaseEfCoreTalksTo()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();

        Assert.Equal(Expected, db.Provider);
        var reported = db.Database switch
        {
            var d when d.IsSqlite() => DatabaseProvider.Sqlite,
            var d when d.IsNpgsql() => DatabaseProvider.PostgreSql,
            var d when d.IsSqlServer() => DatabaseProvider.SqlServer,
            _ => (DatabaseProvider?)null,
        };
        Assert.Equal(reported, db.Provider);
    }
}

public sealed class SqliteContextProviderTests(SqliteApiFactory factory)
    : ContextProviderTests(factory),
        IClassFixture<SqliteApiFactory>
{
    protected override DatabaseProvider Expected => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlContextProviderTests(PostgreSqlApiFactory factory)
    : ContextProviderTests(factory),
        IClassFixture<PostgreSqlApiFactory>
{
    protected override DatabaseProvider Expected => DatabaseProvider.PostgreSql;
}

public sealed class SqlServerContextProviderTests(SqlServerApiFactory factory)
    : ContextProviderTests(factory),
        IClassFixture<SqlServerApiFactory>
{
    protected override DatabaseProvider Expected => DatabaseProvider.SqlServer;
}
