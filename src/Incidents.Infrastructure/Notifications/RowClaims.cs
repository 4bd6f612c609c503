using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Notifications;

/// <summary>
/// Claims due rows for one worker by writing a lease (LockedBy = a token unique to this claim,
/// LockedUntil = now + lease) in one UPDATE, then reads back the rows carrying that token.
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
        switch (Provider(db))
        {
            case DatabaseProvider.PostgreSql:
                await db.Database.ExecuteSqlRawAsync(
                    """
                    UPDATE "OutboxMessages" SET "LockedBy" = {0}, "LockedUntil" = {2}
                    WHERE "Id" IN (SELECT "Id" FROM "OutboxMessages" WHERE "ProcessedAt" IS NULL AND ("LockedUntil" IS NULL OR "LockedUntil" < {1})
                        ORDER BY "OccurredAt" LIMIT {3} FOR UPDATE SKIP LOCKED)
                    """,
                    [token, now, until, count],
                    cancellationToken
                );
                break;
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
                break;
            default:
                var ids = await db
                    .OutboxMessages.Where(m =>
                        m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now)
                    )
                    .OrderBy(m => m.OccurredAt)
                    .Select(m => m.Id)
                    .Take(count)
                    .ToListAsync(cancellationToken);
                if (ids.Count == 0)
                {
                    return [];
                }

                await using (await db.EnterWriteAsync(cancellationToken))
                {
                    await db
                        .OutboxMessages.Where(m =>
                            ids.Contains(m.Id)
                            && m.ProcessedAt == null
                            && (m.LockedUntil == null || m.LockedUntil < now)
                        )
                        .ExecuteUpdateAsync(
                            s =>
                                s.SetProperty(m => m.LockedBy, token)
                                    .SetProperty(m => m.LockedUntil, until),
                            cancellationToken
                        );
                }

                break;
        }

        return await db
            .OutboxMessages.AsNoTracking()
            .Where(m => m.LockedBy == token)
            .OrderBy(m => m.OccurredAt)
            .ToListAsync(cancellationToken);
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
        switch (Provider(db))
        {
            case DatabaseProvider.PostgreSql:
                await db.Database.ExecuteSqlRawAsync(
                    """
                    UPDATE "Deliveries" SET "LockedBy" = {0}, "LockedUntil" = {2}
                    WHERE "Id" IN (SELECT "Id" FROM "Deliveries" WHERE "State" = 'Pending' AND "NextAttemptAt" <= {1} AND ("LockedUntil" IS NULL OR "LockedUntil" < {1})
                        ORDER BY "NextAttemptAt" LIMIT {3} FOR UPDATE SKIP LOCKED)
                    """,
                    [token, now, until, count],
                    cancellationToken
                );
                break;
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
                break;
            default:
                var ids = await deliveries
                    .Where(d =>
                        d.State == DeliveryState.Pending
                        && d.NextAttemptAt <= now
                        && (d.LockedUntil == null || d.LockedUntil < now)
                    )
                    .OrderBy(d => d.NextAttemptAt)
                    .Select(d => d.Id)
                    .Take(count)
                    .ToListAsync(cancellationToken);
                if (ids.Count == 0)
                {
                    return [];
                }

                await using (await db.EnterWriteAsync(cancellationToken))
                {
                    await deliveries
                        .Where(d =>
                            ids.Contains(d.Id)
                            && d.State == DeliveryState.Pending
                            && (d.LockedUntil == null || d.LockedUntil < now)
                        )
                        .ExecuteUpdateAsync(
                            s =>
                                s.SetProperty(d => d.LockedBy, token)
                                    .SetProperty(d => d.LockedUntil, until),
                            cancellationToken
                        );
                }

                break;
        }

        return await deliveries
            .AsNoTracking()
            .Where(d => d.LockedBy == token)
            .OrderBy(d => d.NextAttemptAt)
            .ToListAsync(cancellationToken);
    }

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
    }

    private static DatabaseProvider Provider(IncidentsDbContext db) =>
        db.Database.ProviderName switch
        {
            { } name when name.Contains("Npgsql", StringComparison.Ordinal) =>
                DatabaseProvider.PostgreSql,
            { } name when name.Contains("SqlServer", StringComparison.Ordinal) =>
                DatabaseProvider.SqlServer,
            _ => DatabaseProvider.Sqlite,
        };
}
