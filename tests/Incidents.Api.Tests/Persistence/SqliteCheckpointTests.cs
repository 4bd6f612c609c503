using Incidents.Api.Tests.Infrastructure;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.Sqlite;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// SQLite's log is checkpointed in the background, not by the writer whose commit takes it past
/// 1,000 pages (ADR 0174); with <c>Database:Sqlite:CheckpointEvery</c> 0, SQLite's own
/// behaviour. Observed through the database file: a checkpoint is what copies the log's pages
/// into it.
/// </summary>
public sealed class SqliteCheckpointTests : IAsyncLifetime
{
    /// <summary>About 2,000 pages in one commit: past SQLite's own threshold, under the backstop.</summary>
    private const string WriteManyPages = """
        CREATE TABLE IF NOT EXISTS "CheckpointProbe" ("Data" BLOB);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
        INSERT INTO "CheckpointProbe" SELECT randomblob(4000) FROM n;
        """;

    private readonly SqliteApiFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ByDefault_WritersLeaveTheCheckpointToTheBackground()
    {
        // The background checkpoint does not come round during the test.
        await using var host = Configured("01:00:00");
        Assert.Equal(
            SqliteDatabaseOptions.BackstopCheckpointPages,
            await ReadAsync(host, "PRAGMA wal_autocheckpoint;")
        );
        var before = await DatabaseBytesAsync(host);

        await WithDbAsync(host, db => db.Database.ExecuteSqlRawAsync(WriteManyPages));

        // Committed, but still only in the log: the writer did not copy 8 MB inside its commit.
        Assert.True(
            await DatabaseBytesAsync(host) < before + (1 << 20),
            "the writer checkpointed its own commit"
        );
        var checkpoint = await host
            .Services.GetRequiredService<SqliteCheckpointer>()
            .CheckpointAsync(TestContext.Current.CancellationToken);
        Assert.False(checkpoint.Busy);
        Assert.True(checkpoint.LogFrames >= 2000, $"log frames: {checkpoint.LogFrames}");
        Assert.Equal(checkpoint.LogFrames, checkpoint.CheckpointedFrames);
        Assert.True(await DatabaseBytesAsync(host) >= before + 2000 * 4000);
        Assert.Equal(2000, await ReadAsync(host, """SELECT COUNT(*) FROM "CheckpointProbe";"""));
    }

    [Fact]
    public async Task EveryInterval_TheLogIsCopiedIntoTheDatabase()
    {
        await using var host = Configured("00:00:00.100");
        var checkpointer = host.Services.GetRequiredService<SqliteCheckpointer>();
        var before = await DatabaseBytesAsync(host);

        await WithDbAsync(host, db => db.Database.ExecuteSqlRawAsync(WriteManyPages));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await DatabaseBytesAsync(host) < before + 2000 * 4000 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(await DatabaseBytesAsync(host) >= before + 2000 * 4000, "not checkpointed");
        Assert.NotNull(checkpointer.Last);
    }

    [Fact]
    public async Task WithoutBackgroundCheckpoints_TheWriterCheckpointsAsSqliteDoes()
    {
        await using var host = Configured("00:00:00");
        Assert.Null(host.Services.GetService<SqliteCheckpointer>());
        Assert.Equal(
            SqliteDatabaseOptions.DefaultCheckpointPages,
            await ReadAsync(host, "PRAGMA wal_autocheckpoint;")
        );
        var before = await DatabaseBytesAsync(host);

        await WithDbAsync(host, db => db.Database.ExecuteSqlRawAsync(WriteManyPages));

        Assert.True(await DatabaseBytesAsync(host) >= before + 2000 * 4000);
    }

    private WebApplicationFactory<Program> Configured(string checkpointEvery) =>
        _factory.WithWebHostBuilder(b =>
            b.UseSetting("Database:Sqlite:CheckpointEvery", checkpointEvery)
        );

    private static async Task<T> WithDbAsync<T>(
        WebApplicationFactory<Program> host,
        Func<IncidentsDbContext, Task<T>> action
    )
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IncidentsDbContext>());
    }

    private static Task<long> ReadAsync(WebApplicationFactory<Program> host, string sql) =>
        WithDbAsync(
            host,
            async db =>
            {
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = sql;
                return Convert.ToInt64(
                    await command.ExecuteScalarAsync(),
                    System.Globalization.CultureInfo.InvariantCulture
                );
            }
        );

    private static Task<long> DatabaseBytesAsync(WebApplicationFactory<Program> host) =>
        WithDbAsync(
            host,
            db => Task.FromResult(new FileInfo(db.Database.GetDbConnection().DataSource).Length)
        );
}
