using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

/// <summary>
/// Past notifications for the fan-out bench (INCIDENTS_BENCH_HISTORY): that many delivered
/// deliveries per subscriber of the page, one per past event, written in slices through the
/// service's own fan-out insert. A page that has notified its subscribers for a while has such
/// a history, and the indexes a fan-out writes grow with it.
/// </summary>
internal static class DeliveryHistory
{
    private const int Slice = 1000;

    public static async Task<int> SeedAsync(
        IServiceProvider services,
        Guid pageId,
        int perSubscriber
    )
    {
        List<Guid> subscribers;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            subscribers = await db.Set<Subscriber>()
                .Where(s => s.PageId == pageId)
                .OrderBy(s => s.Id)
                .Select(s => s.Id)
                .ToListAsync();
        }

        var written = 0;
        for (var past = 0; past < perSubscriber; past++)
        {
            var now = DateTimeOffset.UtcNow;
            var payload = DeliveryPayload.Create("{\"past\":" + past + "}", now);
            var eventId = Guid.CreateVersion7(now);
            foreach (var chunk in subscribers.Chunk(Slice))
            {
                var slice = chunk
                    .Select(id =>
                    {
                        var delivery = Delivery.Create(
                            pageId,
                            id,
                            "incident.created",
                            payload,
                            now
                        );
                        delivery.FannedOutFrom(eventId);
                        delivery.Succeed(204, now);
                        return delivery;
                    })
                    .ToList();
                await using var scope = services.CreateAsyncScope();
                await FanOutSlices.WriteAsync(
                    scope.ServiceProvider.GetRequiredService<IncidentsDbContext>(),
                    slice
                );

                written += slice.Count;
            }
        }

        return written;
    }
}
