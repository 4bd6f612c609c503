using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Notifications.Deliveries;

/// <summary>
/// The two writes of a handed-over slice after the dispatcher's (ADR 0184): its deliveries
/// stored once each, in their outcome states, by the sender that took them; or, once the slice's
/// lease has run out (that sender died or stopped), the deliveries without a row stored as
/// pending by any sender, for the ordinary claim to send.
/// </summary>
internal static class HandedOverSlices
{
    /// <summary>
    /// In one transaction: inserts the deliveries as they are (each skipped if it has a row
    /// already: its slice was taken over when the lease ran out, and the new holder's row
    /// stands), removes those whose subscriber was deleted meanwhile, and deletes the
    /// <paramref name="finished"/> slices' rows — each only while its lease is still the token's.
    /// </summary>
    public static async Task SaveAsync(
        IncidentsDbContext db,
        List<Delivery> deliveries,
        List<SliceInFlight> finished,
        CancellationToken cancellationToken
    )
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async ct =>
            {
                await using var writing = await db.EnterWriteAsync(ct);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await InsertAsync(db, deliveries, ct);
                foreach (var slice in finished)
                {
                    var (id, token) = (slice.Id, slice.Token);
                    await db.Set<HandedOverSlice>()
                        .Where(s => s.Id == id && s.LockedBy == token)
                        .ExecuteDeleteAsync(ct);
                }

                await transaction.CommitAsync(ct);
            },
            cancellationToken
        );
    }

    /// <summary>
    /// Takes the slices whose lease has run out (or was released on a shutdown) and, in one
    /// transaction, stores each of their deliveries that has no row yet as pending — the same
    /// id and message id, no attempt counted — and deletes the slices. Returns how many slices
    /// it recovered. A cheap read first: there are none nearly always.
    /// </summary>
    public static async Task<int> RecoverAsync(
        IncidentsDbContext db,
        string token,
        DateTimeOffset now,
        DateTimeOffset until,
        CancellationToken cancellationToken
    )
    {
        if (
            !db.StoresHandedOverAfterSend
            || !await db.Set<HandedOverSlice>()
                .AnyAsync(s => s.LockedUntil == null || s.LockedUntil < now, cancellationToken)
        )
        {
            return 0;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async ct =>
            {
                await using var writing = await db.EnterWriteAsync(ct);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // The lease is taken as the slices' rows are locked: a second sender recovering
                // at the same time waits, then finds them gone (or no longer due) and skips them.
                var taken = await db.Set<HandedOverSlice>()
                    .Where(s => s.LockedUntil == null || s.LockedUntil < now)
                    .ExecuteUpdateAsync(
                        u =>
                            u.SetProperty(s => s.LockedBy, token)
                                .SetProperty(s => s.LockedUntil, until),
                        ct
                    );
                if (taken == 0)
                {
                    return 0;
                }

                var slices = await db.Set<HandedOverSlice>()
                    .AsNoTracking()
                    .Where(s => s.LockedBy == token)
                    .ToListAsync(ct);
                await InsertAsync(db, slices.SelectMany(s => s.Unsent()).ToList(), ct);
                await db.Set<HandedOverSlice>()
                    .Where(s => s.LockedBy == token)
                    .ExecuteDeleteAsync(ct);
                await transaction.CommitAsync(ct);
                return slices.Count;
            },
            cancellationToken
        );
    }

    /// <summary>
    /// Inserts deliveries of handed-over slices, skipping those that have a row, then removes
    /// the ones whose subscriber is gone: with no foreign key, a subscriber's delete trigger
    /// deletes only the rows it sees (ADR 0172), and these had none yet.
    /// </summary>
    private static async Task InsertAsync(
        IncidentsDbContext db,
        List<Delivery> deliveries,
        CancellationToken cancellationToken
    )
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        await db.InsertUnlessStoredAsync(deliveries, cancellationToken);
        var ids = deliveries.Select(d => d.Id).ToList();
        await db.Set<Delivery>()
            .Where(d =>
                EF.Parameter(ids).Contains(d.Id)
                && !db.Set<Subscriber>().Any(s => s.Id == d.SubscriberId)
            )
            .ExecuteDeleteAsync(cancellationToken);
    }
}
