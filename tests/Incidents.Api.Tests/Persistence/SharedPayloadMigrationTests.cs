using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// The migration that moved payloads into their own table (ADR 0169) keeps every stored
/// delivery sendable: each one's payload becomes a payload row it points at, byte for byte.
/// </summary>
public sealed class SharedPayloadMigrationTests : IDisposable
{
    private const string Before = "20261129174646_OutboxPartialIndex";
    private readonly string _path = Path.Combine(
        Path.GetTempPath(),
        $"payloads-{Guid.NewGuid():N}.db"
    );

    [Fact]
    public async Task Upgrade_KeepsEachStoredDeliverysPayload()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var payloads = new[] { """{"n":1,"text":"crème brûlée ✓"}""", """{"n":2}""" };
        await using (var db = Create())
        {
            await db.GetService<IMigrator>()
                .MigrateAsync(Before, TestContext.Current.CancellationToken);
            // A page and a subscriber as the previous schema stored them (their tables did not
            // change), then deliveries with their payloads inline, as that schema had them.
            var page = Domain.Pages.StatusPage.Create(
                "migrated",
                "Migrated",
                DateTimeOffset.UtcNow
            );
            var subscriber = Subscriber.CreateWebhook(
                page.Id,
                new Uri("https://example.com/hook"),
                null,
                null,
                DateTimeOffset.UtcNow
            );
            db.AddRange(page, subscriber);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            for (var i = 0; i < ids.Length; i++)
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO "Deliveries" ("Id", "PageId", "SubscriberId", "EventType", "MessageId", "Payload", "State", "Attempts", "CreatedAt", "NextAttemptAt", "Deferrals")
                    VALUES ({0}, {1}, {2}, 'incident.created', {3}, {4}, 'Pending', 0, 638000000000000000, 638000000000000000, 0)
                    """,
                    [ids[i], page.Id, subscriber.Id, "msg_" + i, payloads[i]],
                    TestContext.Current.CancellationToken
                );
            }
        }

        await using (var db = Create())
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            var stored = await db.Set<Delivery>()
                .AsNoTracking()
                .OrderBy(d => d.MessageId)
                .ToListAsync(TestContext.Current.CancellationToken);
            var rows = await db.Set<DeliveryPayload>()
                .AsNoTracking()
                .ToDictionaryAsync(p => p.Id, TestContext.Current.CancellationToken);

            Assert.Equal(ids, stored.Select(d => d.Id));
            for (var i = 0; i < ids.Length; i++)
            {
                stored[i].UsePayload(rows[stored[i].PayloadId]);
                Assert.Equal(payloads[i], stored[i].Payload);
            }
        }
    }

    private SqliteIncidentsDbContext Create() =>
        new(
            new DbContextOptionsBuilder<SqliteIncidentsDbContext>()
                .UseSqlite($"Data Source={_path};Pooling=False")
                .Options
        );

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
