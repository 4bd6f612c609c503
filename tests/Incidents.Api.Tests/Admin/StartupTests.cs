using Incidents.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DomainStatusPage = Incidents.Domain.Pages.StatusPage;

namespace Incidents.Api.Tests.Admin;

public sealed class StartupTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task Startup_CreatesDefaultPageAndBootstrapKey_Once()
    {
        factory.CreateClient().Dispose();
        // A second host on the same database runs the initializer again: nothing is duplicated.
        using var second = factory.WithWebHostBuilder(_ => { });
        second.CreateClient().Dispose();

        var pages = await factory.WithDbAsync(db =>
            db.StatusPages.CountAsync(p => p.Slug == DomainStatusPage.DefaultSlug)
        );
        var keys = await factory.WithDbAsync(db =>
            db.ApiKeys.CountAsync(k => k.Name == "bootstrap")
        );
        var name = await factory.WithDbAsync(db =>
            db.StatusPages.Where(p => p.Slug == DomainStatusPage.DefaultSlug)
                .Select(p => p.Name)
                .SingleAsync()
        );

        Assert.Equal(1, pages);
        Assert.Equal(1, keys);
        Assert.Equal("Status", name);
    }

    [Fact]
    public async Task BootstrapKey_IsStoredOnlyAsHash_AndAuthenticates()
    {
        using var client = factory.CreateClientWithKey(IncidentsApiFactory.BootstrapKey);

        var list = await client.GetEnvelopeAsync("/api/admin/Incident");
        var stored = await factory.WithDbAsync(db =>
            db.ApiKeys.Where(k => k.Name == "bootstrap")
                .Select(k => new { k.Hash, k.Prefix })
                .SingleAsync()
        );

        Assert.True(list.Success, list.Raw);
        Assert.NotEqual(IncidentsApiFactory.BootstrapKey, stored.Hash);
        Assert.DoesNotContain(
            IncidentsApiFactory.BootstrapKey,
            stored.Hash,
            StringComparison.Ordinal
        );
        Assert.Equal(64, stored.Hash.Length);
    }

    [Fact]
    public async Task Sqlite_RunsInWalMode()
    {
        var mode = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        });

        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheAdminRoutes()
    {
        using var client = factory.CreateClient();

        var json = await client.GetStringAsync(
            "/openapi/v1.json",
            TestContext.Current.CancellationToken
        );

        Assert.Contains("/api/admin/Incident/ResolveIncident", json, StringComparison.Ordinal);
        Assert.Contains("X-API-KEY", json, StringComparison.Ordinal);
    }
}
