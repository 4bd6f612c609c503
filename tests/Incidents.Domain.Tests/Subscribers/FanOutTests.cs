using Incidents.Domain.Subscribers;

namespace Incidents.Domain.Tests.Subscribers;

public sealed class FanOutTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid PageId = Guid.NewGuid();
    private readonly DeliveryPayload _payload = DeliveryPayload.Create("{\"a\":1}", Now);

    [Fact]
    public void DeliveryFor_AnActiveSubscriberThatWantsIt_IsOnePendingDeliveryOfTheSharedPayload()
    {
        var fanOut = new FanOut(PageId, "incident.created", _payload, _ => true, Now);
        var first = Webhook(PageId);
        var second = Webhook(PageId);

        var a = fanOut.DeliveryFor(first)!;
        var b = fanOut.DeliveryFor(second)!;

        Assert.Equal((PageId, first.Id), (a.PageId, a.SubscriberId));
        Assert.Equal("incident.created", a.EventType);
        Assert.Equal(DeliveryState.Pending, a.State);
        Assert.Equal(Now, a.CreatedAt);
        Assert.Same(_payload, a.Content);
        Assert.Same(_payload, b.Content);
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public void DeliveryFor_ASubscriberThatDoesNotWantIt_IsNone()
    {
        var wanted = Webhook(PageId);
        var fanOut = new FanOut(PageId, "incident.created", _payload, s => s == wanted, Now);

        Assert.NotNull(fanOut.DeliveryFor(wanted));
        Assert.Null(fanOut.DeliveryFor(Webhook(PageId)));
    }

    [Fact]
    public void DeliveryFor_ADisabledSubscriberOrOneOfAnotherPage_IsNone()
    {
        var fanOut = new FanOut(PageId, "incident.created", _payload, _ => true, Now);
        var disabled = Webhook(PageId);
        disabled.Disable("410 Gone", Now);

        Assert.Null(fanOut.DeliveryFor(disabled));
        Assert.Null(fanOut.DeliveryFor(Webhook(Guid.NewGuid())));
    }

    private static Subscriber Webhook(Guid pageId) =>
        Subscriber.CreateWebhook(pageId, new Uri("https://hooks.example.com/x"), null, null, Now);
}
