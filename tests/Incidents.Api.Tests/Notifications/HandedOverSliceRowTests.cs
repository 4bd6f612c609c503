using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence.Deliveries;

namespace Incidents.Api.Tests.Notifications;

/// <summary>A handed-over slice's row holds what rebuilds its deliveries (ADR 0184).</summary>
public sealed class HandedOverSliceRowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unsent_RebuildsEveryDelivery_WithItsIdsAndWhatTheyShare()
    {
        var payload = DeliveryPayload.Create("{}", Now);
        var eventId = Guid.CreateVersion7(Now);
        var pageId = Guid.NewGuid();
        var deliveries = Enumerable
            .Range(0, 500)
            .Select(_ =>
            {
                var d = Delivery.Create(
                    pageId,
                    Guid.NewGuid(),
                    NotificationEventTypes.IncidentUpdated,
                    payload,
                    Now
                );
                d.FannedOutFrom(eventId);
                return d;
            })
            .ToList();

        var slice = HandedOverSlice.Of(deliveries, "delivery:a:1", Now.AddMinutes(2));
        var rebuilt = slice.Unsent();

        Assert.Equal(500, slice.Count);
        Assert.Equal("delivery:a:1", slice.LockedBy);
        Assert.Equal(
            deliveries.Select(d => (d.Id, d.SubscriberId, d.MessageId)),
            rebuilt.Select(d => (d.Id, d.SubscriberId, d.MessageId))
        );
        Assert.All(
            rebuilt,
            d =>
            {
                Assert.Equal(pageId, d.PageId);
                Assert.Equal(eventId, d.SourceEventId);
                Assert.Equal(NotificationEventTypes.IncidentUpdated, d.EventType);
                Assert.Equal(payload.Id, d.PayloadId);
                Assert.Equal(Now, d.CreatedAt);
            }
        );
    }

    [Fact]
    public void Of_RefusesDeliveriesThatAreNotAlike()
    {
        var deliveries = new[] { "{}", "{}" }
            .Select(json =>
                Delivery.Create(
                    Guid.Empty,
                    Guid.NewGuid(),
                    NotificationEventTypes.IncidentCreated,
                    DeliveryPayload.Create(json, Now),
                    Now
                )
            )
            .ToList();

        Assert.False(HandedOverSlice.Alike(deliveries[0], deliveries[1]));
        Assert.Throws<ArgumentException>(() => HandedOverSlice.Of(deliveries, "delivery:a:1", Now));
    }
}
