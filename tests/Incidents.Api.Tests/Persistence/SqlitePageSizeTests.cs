using Incidents.Api.Tests.Infrastructure;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// A SQLite database the service creates is made with SQLite's 4 KB pages, or the configured size
/// (ADR 0143); a file that already has content keeps the size it was made with and keeps working.
/// </summary>
public sealed class SqlitePageSizeTests
{
    [Fact]
    public async Task NewDatabase_IsMadeWithFourKilobytePages()
    {
        await using var factory = new SqliteApiFactory();
        factory.CreateClient().Dispose();

        Assert.Equal(4096, await PageSizeAsync(factory));
    }

    [Fact]
    public async Task NewDatabase_IsMadeWithTheConfiguredPageSize()
    {
        await using var factory = new SqliteApiFactory();
        await using var configured = factory.WithWebHostBuilder(b =>
            b.UseSetting("Database:Sqlite:PageSize", "1024")
        );
        configured.CreateClient().Dispose();

        Assert.Equal(1024, await PageSizeAsync(configured));
    }

    [Fact]
    public async Task ExistingDatabase_KeepsItsPageSize_AndTakesWrites()
    {
        var folder = Path.Combine(
            Path.GetTempPath(),
            "incidents-tests",
            Guid.NewGuid().ToString("N")
        );
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "existing.db");
        try
        {
            // A file made with another page size than the one configured, with content.
            await using (var existing = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await existing.OpenAsync(TestContext.Current.CancellationToken);
                await using var command = existing.CreateCommand();
                command.CommandText = "PRAGMA page_size = 8192; CREATE TABLE Earlier (Id INTEGER);";
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            await using var factory = new SqliteFileApiFactory(path);
            await using var configured = factory.WithWebHostBuilder(b =>
                b.UseSetting("Database:Sqlite:PageSize", "1024")
            );
            using var client = configured.CreateClient();
            client.DefaultRequestHeaders.Add("X-API-KEY", IncidentsApiFactory.BootstrapKey);
            await client.CreateIncidentAsync();

            Assert.Equal(8192, await PageSizeAsync(configured));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("256")]
    [InlineData("131072")]
    public async Task UnsupportedPageSize_StopsTheServiceAtStartup(string size)
    {
        await using var factory = new SqliteApiFactory();
        await using var configured = factory.WithWebHostBuilder(b =>
            b.UseSetting("Database:Sqlite:PageSize", size)
        );

        var error = Assert.ThrowsAny<Exception>(() => configured.CreateClient().Dispose());

        Assert.Contains(
            "Database:Sqlite:PageSize must be a power of two from 512 to 65536.",
            error.ToString(),
            StringComparison.Ordinal
        );
    }

    private static async Task<long> PageSizeAsync(WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var connection = scope
            .ServiceProvider.GetRequiredService<IncidentsDbContext>()
            .Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size;";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private sealed class SqliteFileApiFactory : SqliteApiFactory
    {
        public SqliteFileApiFactory(string path) => ConnectionString = $"Data Source={path}";
    }
}
