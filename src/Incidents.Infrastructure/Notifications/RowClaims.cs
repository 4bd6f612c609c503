using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.Deliveries;
using Incidents.Infrastructure.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Notifications;

/// <summary>
/// Claims due rows for one worker by writing a lease (LockedBy = a token unique to this claim,
/// LockedUntil = now + lease) in one UPDATE that returns the rows it leased (RETURNING on SQLite
/// and PostgreSQL: one statement per claim; SQL Server reads them back by token).
/// The UPDATE re-checks "due" on every row it writes, so two workers never hold the same row;
/// on PostgreSQL (<c>FOR UPDATE SKIP LOCKED</c>) and SQL Server (<c>READPAST</c>) they also skip
/// each other's locked rows instead of waiting. SQLite has one writer at a time anyway.
/// </summary>
internal static class RowClaims
{
    public static async Task<List<OutboxMessage>> ClaimOutboxAsync(
        IncidentsDbContext db,
        string token,
        DateTimeOffset now,
        DateTimeOffset until,
        int count,
        CancellationToken cancellationToken
    )
    {
        switch (db.Provider)
        {
            case DatabaseProvider.PostgreSql:
                // One statement, one round trip: lease and read back together.
                return Ordered(
                    await db
                        .OutboxMessages.FromSqlRaw(
                            """
                            UPDATE "OutboxMessages" SET "LockedBy" = {0}, "LockedUntil" = {2}
                            WHERE "Id" IN (SELECT "Id" FROM "OutboxMessages" WHERE "ProcessedAt" IS NULL AND ("LockedUntil" IS NULL OR "LockedUntil" < {1})
                                ORDER BY "OccurredAt" LIMIT {3} FOR UPDATE SKIP LOCKED)
                            RETURNING *
                            """,
                            token,
                            now,
                            until,
                            count
                        )
                        .AsNoTracking()
                        .ToListAsync(cancellationToken)
                );
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlRawAsync(
                    """
                    WITH claim AS (SELECT TOP ({3}) * FROM "OutboxMessages" WITH (READPAST, UPDLOCK, ROWLOCK)
                        WHERE "ProcessedAt" IS NULL AND ("LockedUntil" IS NULL OR "LockedUntil" < {1}) ORDER BY "OccurredAt")
                    UPDATE claim SET "LockedBy" = {0}, "LockedUntil" = {2}
                    """,
                    [token, now, until, count],
                    cancellationToken
                );
                return await db
                    .OutboxMessages.AsNoTracking()
                    .Where(m => m.LockedBy == token)
                    .OrderBy(m => m.OccurredAt)
                    .ToListAsync(cancellationToken);
            default:
                // SQLite (3.35+) has RETURNING too; times are stored in their converted form
                // (ticks), so raw SQL compares against the converted values.
                await using (await db.EnterWriteAsync(cancellationToken))
                {
                    return Ordered(
                        await db
                            .OutboxMessages.FromSqlRaw(
                                """
                                UPDATE "OutboxMessages" SET "LockedBy" = {0}, "LockedUntil" = {2}
                                WHERE "Id" IN (SELECT "Id" FROM "OutboxMessages" WHERE "ProcessedAt" IS NULL AND ("LockedUntil" IS NULL OR "LockedUntil" < {1})
                                    ORDER BY "OccurredAt" LIMIT {3})
                                RETURNING *
                                """,
                                token,
                                Stored<OutboxMessage>(db, nameof(OutboxMessage.LockedUntil), now),
                                Stored<OutboxMessage>(db, nameof(OutboxMessage.LockedUntil), until),
                                count
                            )
                            .AsNoTracking()
                            .ToListAsync(cancellationToken)
                    );
                }
        }
    }

    /// <summary>Leases up to <paramref name="count"/> due deliveries and returns them as claimed (untracked), soonest due first.</summary>
    public static async Task<List<Delivery>> ClaimDeliveriesAsync(
        IncidentsDbContext db,
        string token,
        DateTimeOffset now,
        DateTimeOffset until,
        int count,
        CancellationToken cancellationToken
    )
    {
        var deliveries = db.Set<Delivery>();
        switch (db.Provider)
        {
            case DatabaseProvider.PostgreSql:
                return Ordered(
                    await deliveries
                        .FromSqlRaw(
                            """
                            UPDATE "Deliveries" SET "LockedBy" = {0}, "LockedUntil" = {2}
                            WHERE "Id" IN (SELECT "Id" FROM "Deliveries" WHERE "State" = 'Pending' AND "NextAttemptAt" <= {1} AND ("LockedUntil" IS NULL OR "LockedUntil" < {1})
                                ORDER BY "NextAttemptAt" LIMIT {3} FOR UPDATE SKIP LOCKED)
                            RETURNING *
                            """,
                            token,
                            now,
                            until,
                            count
                        )
                        .AsNoTracking()
                        .ToListAsync(cancellationToken)
                );
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlRawAsync(
                    """
                    WITH claim AS (SELECT TOP ({3}) * FROM "Deliveries" WITH (READPAST, UPDLOCK, ROWLOCK)
                        WHERE "State" = 'Pending' AND "NextAttemptAt" <= {1} AND ("LockedUntil" IS NULL OR "LockedUntil" < {1}) ORDER BY "NextAttemptAt")
                    UPDATE claim SET "LockedBy" = {0}, "LockedUntil" = {2}
                    """,
                    [token, now, until, count],
                    cancellationToken
                );
                return await deliveries
                    .AsNoTracking()
                    .Where(d => d.LockedBy == token)
                    .OrderBy(d => d.NextAttemptAt)
                    .ToListAsync(cancellationToken);
            default:
                await using (await db.EnterWriteAsync(cancellationToken))
                {
                    var at = Stored<Delivery>(db, nameof(Delivery.NextAttemptAt), now);
                    return Ordered(
                        await deliveries
                            .FromSqlRaw(
                                """
                                UPDATE "Deliveries" SET "LockedBy" = {0}, "LockedUntil" = {2}
                                WHERE "Id" IN (SELECT "Id" FROM "Deliveries" WHERE "State" = 'Pending' AND "NextAttemptAt" <= {1} AND ("LockedUntil" IS NULL OR "LockedUntil" < {1})
                                    ORDER BY "NextAttemptAt" LIMIT {3})
                                RETURNING *
                                """,
                                token,
                                at,
                                Stored<Delivery>(db, nameof(Delivery.LockedUntil), until),
                                count
                            )
                            .AsNoTracking()
                            .ToListAsync(cancellationToken)
                    );
                }
        }
    }

    /// <summary>RETURNING gives rows in no particular order: oldest first, as the claim chose them.</summary>
    private static List<OutboxMessage> Ordered(List<OutboxMessage> claimed) =>
        claimed.Count < 2 ? claimed : [.. claimed.OrderBy(m => m.OccurredAt)];

    private static List<Delivery> Ordered(List<Delivery> claimed) =>
        claimed.Count < 2 ? claimed : [.. claimed.OrderBy(d => d.NextAttemptAt)];

    /// <summary>A value as the provider stores it in this column (SQLite: a time as binary ticks).</summary>
    private static object Stored<TEntity>(IncidentsDbContext db, string property, object value) =>
        db.Model.FindEntityType(typeof(TEntity))?.FindProperty(property)?.GetTypeMapping().Converter
            is { } converter
            ? converter.ConvertToProvider(value) ?? value
            : value;

    /// <summary>On shutdown: give back what this worker claimed but did not finish, so another takes it at once.</summary>
    public static async Task ReleaseOutboxAsync(
        IncidentsDbContext db,
        string identity,
        CancellationToken cancellationToken
    )
    {
        await using var writing = await db.EnterWriteAsync(cancellationToken);
        await db
            .OutboxMessages.Where(m => m.ProcessedAt == null && m.LockedBy!.StartsWith(identity))
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(m => m.LockedBy, (string?)null)
                        .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
                cancellationToken
            );
    }

    /// <inheritdoc cref="ReleaseOutboxAsync"/>
    public static async Task ReleaseDeliveriesAsync(
        IncidentsDbContext db,
        string identity,
        CancellationToken cancellationToken
    )
    {
        await using var writing = await db.EnterWriteAsync(cancellationToken);
        await db.Set<Delivery>()
            .Where(d => d.State == DeliveryState.Pending && d.LockedBy!.StartsWith(identity))
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(d => d.LockedBy, (string?)null)
                        .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null),
                cancellationToken
            );
        // Its handed-over slices too (ADR 0184): the next sender's pass recovers them at once.
        await db.Set<HandedOverSlice>()
            .Where(s => s.LockedBy!.StartsWith(identity))
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(h => h.LockedBy, (string?)null)
                        .SetProperty(h => h.LockedUntil, (DateTimeOffset?)null),
                cancellationToken
            );
    }
}
