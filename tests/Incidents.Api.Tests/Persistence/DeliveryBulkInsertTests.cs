using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// A fan-out's deliveries bypass EF Core's own INSERTs (SQLite: a prepared single-row statement
/// per row; PostgreSQL: one statement over arrays, issue 16). Every column must read back
/// exactly as when EF Core writes the same delivery — converters (states as text, SQLite times
/// as ticks), nulls, precision and text with quotes and control characters included.
/// </summary>
public abstract class DeliveryBulkInsertTests
{
    private const int Count = 60; // above the bulk threshold (50)

    protected DeliveryBulkInsertTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    /// <summary>A column's value as the database stores it, as text (SQLite: with its storage class).</summary>
    protected abstract string StoredForm(string column);

    /// <summary>The stored forms of <paramref name="columns"/> of the delivery with that message id.</summary>
    private Task<List<string>> StoredAsync(string messageId, List<string> columns) =>
        Factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT "
                + string.Join(", ", columns.Select(StoredForm))
                + " FROM \"Deliveries\" WHERE \"MessageId\" = @messageId";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@messageId";
            parameter.Value = messageId;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            return Enumerable
                .Range(0, columns.Count)
                .Select(c => columns[c] + "=" + (reader.IsDBNull(c) ? "NULL" : reader.GetString(c)))
                .ToList();
        });

    /// <param name="fanOutSlice">
    /// False: values that differ from row to row. True: a fan-out slice's shape — one event, one
    /// payload, one lease, one time — whose shared columns PostgreSQL receives once, not as arrays.
    /// </param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BulkWrittenDeliveries_ReadBackLikeTheSameDeliveriesWrittenByEfCore(
        bool fanOutSlice
    )
    {
        var page = await Factory.CreatePageClientAsync();
        var now = DateTimeOffset.UtcNow;
        var subscribers = await AddSubscribersAsync(page.PageId, Count, now);

        // Twins: the same deliveries twice (from two events: one delivery per subscriber and
        // event), one set written in bulk, one by EF Core.
        List<Delivery> Make(Guid sourceEvent)
        {
            var shared = DeliveryPayload.Create("""{"type":"incident.created"}""", now);
            return subscribers
                .Select(
                    (s, i) =>
                    {
                        if (fanOutSlice)
                        {
                            var sliced = Delivery.Create(
                                page.PageId,
                                s.Id,
                                "incident.created",
                                shared,
                                now
                            );
                            sliced.FannedOutFrom(sourceEvent);
                            sliced.LeaseTo("delivery-test-claim", now.AddMinutes(5));
                            return sliced;
                        }

                        var delivery = Delivery.Create(
                            page.PageId,
                            s.Id,
                            "incident.created",
                            DeliveryPayload.Create(
                                // Quotes, a backslash, control characters, a surrogate pair.
                                $$"""{"n":{{i}},"text":"crème brûlée ✓ \"q\" \\ 😀"}"""
                                    + "\\n\\t\\u0001\\u2028\n\t\u0001\u2028",
                                now.AddTicks(i * 7)
                            ),
                            now.AddTicks(i * 7)
                        );
                        if (i % 2 == 0)
                        {
                            delivery.FannedOutFrom(sourceEvent);
                        }

                        if (i % 3 == 0)
                        {
                            delivery.Fail(
                                503,
                                "Service \"Unavailable\"\r\n\\ ✓ 😀",
                                now.AddMinutes(i),
                                now
                            );
                        }

                        return delivery;
                    }
                )
                .ToList();
        }

        var bulk = Make(Guid.NewGuid());
        var efCore = Make(Guid.NewGuid());

        await Factory.WithDbAsync(db =>
            db.Database.CreateExecutionStrategy()
                .ExecuteAsync(async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    foreach (var delivery in bulk)
                    {
                        db.AddDelivery(delivery);
                    }

                    var written = await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                    Assert.Empty(db.ChangeTracker.Entries<Delivery>()); // the bulk path, not EF Core's
                    return written;
                })
        );
        await Factory.WithDbAsync(db =>
        {
            db.AddRange(efCore.Select(d => d.Content!).Distinct());
            db.AddRange(efCore);
            return db.SaveChangesAsync();
        });

        var stored = await Factory.WithDbAsync(db =>
            db.Set<Delivery>().AsNoTracking().Where(d => d.PageId == page.PageId).ToListAsync()
        );
        Assert.Equal(2 * Count, stored.Count);
        var payloadIds = stored.Select(d => d.PayloadId).ToList();
        var payloads = await Factory.WithDbAsync(db =>
            db.Set<DeliveryPayload>()
                .AsNoTracking()
                .Where(p => payloadIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.Json)
        );
        var byId = stored.ToDictionary(d => d.Id);
        var properties = await Factory.WithDbAsync(db =>
            Task.FromResult(db.Model.FindEntityType(typeof(Delivery))!.GetProperties().ToList())
        );
        for (var i = 0; i < Count; i++)
        {
            var fromBulk = byId[bulk[i].Id];
            var fromEfCore = byId[efCore[i].Id];
            foreach (var property in properties)
            {
                if (
                    property.Name
                    is nameof(Delivery.Id)
                        or nameof(Delivery.MessageId)
                        or nameof(Delivery.PayloadId)
                )
                {
                    continue;
                }

                if (property.Name == nameof(Delivery.SourceEventId))
                {
                    Assert.Equal(fanOutSlice || i % 2 == 0, fromBulk.SourceEventId is not null);
                    continue;
                }

                var getter = property.GetGetter();
                Assert.True(
                    Equals(getter.GetClrValue(fromEfCore), getter.GetClrValue(fromBulk)),
                    $"{property.Name} of delivery {i}: EF Core wrote {getter.GetClrValue(fromEfCore)}, the bulk insert {getter.GetClrValue(fromBulk)}"
                );
            }

            // As stored, not only as read back: the same text (a GUID's letter case included),
            // the same storage class, the same nulls.
            var compared = properties
                .Where(p =>
                    p.Name
                        is not (
                            nameof(Delivery.Id)
                            or nameof(Delivery.MessageId)
                            or nameof(Delivery.PayloadId)
                            or nameof(Delivery.SourceEventId)
                        )
                )
                .Select(p => p.GetColumnName())
                .ToList();
            Assert.Equal(
                await StoredAsync(efCore[i].MessageId, compared),
                await StoredAsync(bulk[i].MessageId, compared)
            );
            Assert.Equal(bulk[i].MessageId, fromBulk.MessageId);
            Assert.Equal(bulk[i].PayloadId, fromBulk.PayloadId);
            Assert.Equal(efCore[i].Payload, payloads[fromBulk.PayloadId]);
            Assert.Equal(efCore[i].Payload, payloads[fromEfCore.PayloadId]);
        }
    }

    /// <summary>
    /// One notification to many subscribers stores its payload once (ADR 0169), whichever way
    /// its deliveries are written: in bulk inside a transaction, by EF Core (a few, or no
    /// transaction), or in slices committed one after another (a resumed slice included).
    /// </summary>
    [Theory]
    [InlineData("bulk")]
    [InlineData("efcore")]
    [InlineData("slices")]
    public async Task OneNotification_StoresItsPayloadOnce(string path)
    {
        var page = await Factory.CreatePageClientAsync();
        var now = DateTimeOffset.UtcNow;
        var subscribers = await AddSubscribersAsync(page.PageId, path == "efcore" ? 3 : Count, now);
        var payload = DeliveryPayload.Create("""{"type":"incident.created"}""", now);
        var deliveries = subscribers
            .Select(s => Delivery.Create(page.PageId, s.Id, "incident.created", payload, now))
            .ToList();

        await Factory.WithDbAsync(db =>
            db.Database.CreateExecutionStrategy()
                .ExecuteAsync(async () =>
                {
                    if (path == "efcore")
                    {
                        deliveries.ForEach(db.AddDelivery);
                        return await db.SaveChangesAsync();
                    }

                    await using var transaction = await db.Database.BeginTransactionAsync();
                    if (path == "bulk")
                    {
                        deliveries.ForEach(db.AddDelivery);
                        await db.SaveChangesAsync();
                    }
                    else
                    {
                        await db.InsertFanOutSliceAsync(deliveries[..20], default);
                        await db.InsertFanOutSliceAsync(deliveries[20..], default);
                        // A resumed fan-out writes its last slice again: nothing new, no error.
                        await db.InsertFanOutSliceAsync(deliveries[40..], default);
                    }

                    await transaction.CommitAsync();
                    return 0;
                })
        );

        var (stored, rows) = await Factory.WithDbAsync(async db =>
            (
                await db.Set<Delivery>()
                    .AsNoTracking()
                    .Where(d => d.PageId == page.PageId)
                    .ToListAsync(),
                await db.Set<DeliveryPayload>()
                    .AsNoTracking()
                    .Where(p => p.Id == payload.Id)
                    .ToListAsync()
            )
        );
        Assert.Equal(subscribers.Count, stored.Count);
        Assert.All(stored, d => Assert.Equal(payload.Id, d.PayloadId));
        var row = Assert.Single(rows);
        Assert.Equal(payload.Json, row.Json);
    }

    /// <summary>
    /// The unique (subscriber, event) index is a fan-out's backstop: two workers writing the same
    /// slice (a lease lost mid-slice) store each subscriber's delivery once. On PostgreSQL the
    /// slice's plain INSERT meets the index and is written again behind a savepoint, skipping
    /// the duplicate, in the same transaction.
    /// </summary>
    [Fact]
    public async Task FanOutSlice_MeetingADeliveryOfTheSameEvent_SkipsIt_StoresTheRest()
    {
        var page = await Factory.CreatePageClientAsync();
        var now = DateTimeOffset.UtcNow;
        var subscribers = await AddSubscribersAsync(page.PageId, Count, now);
        var eventId = Guid.CreateVersion7(now);
        var payload = DeliveryPayload.Create("""{"type":"incident.created"}""", now);
        List<Delivery> Deliveries() =>
            subscribers
                .Select(s =>
                {
                    var delivery = Delivery.Create(
                        page.PageId,
                        s.Id,
                        "incident.created",
                        payload,
                        now
                    );
                    delivery.FannedOutFrom(eventId);
                    return delivery;
                })
                .ToList();
        var first = Deliveries();
        var second = Deliveries();

        await Factory.WithDbAsync(db =>
            db.Database.CreateExecutionStrategy()
                .ExecuteAsync(async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    await db.InsertFanOutSliceAsync(first[..10], default);
                    // Other ids, the same subscribers and event: the first ten are duplicates.
                    await db.InsertFanOutSliceAsync(second, default);
                    await transaction.CommitAsync();
                    return 0;
                })
        );

        var stored = await Factory.WithDbAsync(db =>
            db.Set<Delivery>().AsNoTracking().Where(d => d.PageId == page.PageId).ToListAsync()
        );
        Assert.Equal(Count, stored.Count);
        Assert.Equal(Count, stored.Select(d => d.SubscriberId).Distinct().Count());
        Assert.Equal(
            first.Take(10).Select(d => d.Id).Concat(second.Skip(10).Select(d => d.Id)).Order(),
            stored.Select(d => d.Id).Order()
        );
    }

    /// <summary>Webhook subscribers on the page, stored.</summary>
    protected async Task<List<Subscriber>> AddSubscribersAsync(
        Guid pageId,
        int count,
        DateTimeOffset now
    )
    {
        var subscribers = WebhookSubscribers.Create(pageId, count, now);
        await Factory.WithDbAsync(db =>
        {
            db.AddRange(subscribers);
            return db.SaveChangesAsync();
        });
        return subscribers;
    }

    /// <summary>
    /// New deliveries wait in the context, outside EF Core's change tracker; contexts are pooled.
    /// A use that added deliveries and never saved (a failed request) must not hand them to the
    /// next use of the same context.
    /// </summary>
    [Fact]
    public async Task UnsavedDeliveries_DoNotOutliveTheContextsLease()
    {
        var page = await Factory.CreatePageClientAsync();
        IncidentsDbContext first;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            first.AddDelivery(
                Delivery.Create(
                    page.PageId,
                    Guid.NewGuid(),
                    "incident.created",
                    DeliveryPayload.Create("{}", DateTimeOffset.UtcNow),
                    DateTimeOffset.UtcNow
                )
            );
            Assert.Single(first.NewDeliveries);
        }

        // The pool hands contexts out in turn: rent until the same one comes back.
        for (var rent = 0; rent < 5000; rent++)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            if (ReferenceEquals(context, first))
            {
                Assert.Empty(context.NewDeliveries);
                return;
            }
        }

        Assert.Fail("The pooled context never came back.");
    }
}

public sealed class SqliteDeliveryBulkInsertTests(SqliteApiFactory factory)
    : DeliveryBulkInsertTests(factory),
        IClassFixture<SqliteApiFactory>
{
    protected override string StoredForm(string column) => $"quote(\"{column}\")";
}

public sealed class PostgreSqlDeliveryBulkInsertTests(PostgreSqlApiFactory factory)
    : DeliveryBulkInsertTests(factory),
        IClassFixture<PostgreSqlApiFactory>
{
    protected override string StoredForm(string column) => $"\"{column}\"::text";

    /// <summary>
    /// A value every row shares is sent once and cast to its column's type without the length
    /// (<c>CAST(@b AS character varying)</c>): one too long for its column is refused, as the
    /// arrays' values and EF Core's own INSERT are, never cut short by the cast.
    /// </summary>
    [Fact]
    public async Task SharedValueTooLongForItsColumn_IsRefused_NotCut()
    {
        var page = await Factory.CreatePageClientAsync();
        var now = DateTimeOffset.UtcNow;
        var subscribers = await AddSubscribersAsync(page.PageId, 60, now);
        var payload = DeliveryPayload.Create("""{"type":"incident.created"}""", now);
        var tooLong = new string('x', 51); // EventType is character varying(50)
        var deliveries = subscribers
            .Select(s => Delivery.Create(page.PageId, s.Id, tooLong, payload, now))
            .ToList();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            Factory.WithDbAsync(db =>
                db.Database.CreateExecutionStrategy()
                    .ExecuteAsync(async () =>
                    {
                        await using var transaction = await db.Database.BeginTransactionAsync();
                        deliveries.ForEach(db.AddDelivery);
                        await db.SaveChangesAsync();
                        await transaction.CommitAsync();
                        return 0;
                    })
            )
        );

        var postgres = FindPostgresError(refused);
        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, postgres.SqlState);
        var stored = await Factory.WithDbAsync(db =>
            db.Set<Delivery>().CountAsync(d => d.PageId == page.PageId)
        );
        Assert.Equal(0, stored);
    }

    private static PostgresException FindPostgresError(Exception e) =>
        e as PostgresException
        ?? (
            e.InnerException is { } inner
                ? FindPostgresError(inner)
                : throw new Xunit.Sdk.XunitException($"No PostgreSQL error in: {e}")
        );
}
