using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;

namespace Incidents.Notifications.Bench;

/// <summary>Writes one fan-out slice as the outbox dispatcher does: under the write gate, in one transaction, through the service's own slice insert.</summary>
internal static class FanOutSlices
{
    public static async Task WriteAsync(IncidentsDbContext db, List<Delivery> slice)
    {
        await using (await db.EnterWriteAsync(default))
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.InsertFanOutSliceAsync(slice, default);
            await transaction.CommitAsync();
        }
    }
}
