using Incidents.Domain.Common;
using Incidents.Domain.Subscribers;

namespace Incidents.Domain.Tests.Subscribers;

public sealed class DeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Fail_WithRetryTime_StaysPendingAndKeepsMessageId()
    {
        var delivery = New();
        var id = delivery.MessageId;

        delivery.Fail(500, "HTTP 500", Now.AddSeconds(5), Now);

        Assert.Equal(DeliveryState.Pending, delivery.State);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(Now.AddSeconds(5), delivery.NextAttemptAt);
        Assert.Equal(500, delivery.ResponseStatus);
        Assert.Equal(id, delivery.MessageId);
        Assert.StartsWith("msg_", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_WithoutRetryTime_EndsFailed_AndReplayMakesItDueAgain()
    {
        var delivery = New();
        delivery.Fail(503, "HTTP 503", null, Now);

        Assert.Equal(DeliveryState.Failed, delivery.State);
        Assert.Equal(Now, delivery.CompletedAt);

        delivery.Replay(Now.AddHours(1));

        Assert.Equal(DeliveryState.Pending, delivery.State);
        Assert.Equal(0, delivery.Attempts);
        Assert.Equal(Now.AddHours(1), delivery.NextAttemptAt);
        Assert.Null(delivery.CompletedAt);
    }

    [Fact]
    public void Replay_WhilePending_Throws() =>
        Assert.Throws<DomainException>(() => New().Replay(Now));

    [Fact]
    public void Succeed_RecordsStatusAndClearsError()
    {
        var delivery = New();
        delivery.Fail(500, "HTTP 500", Now.AddSeconds(5), Now);

        delivery.Succeed(200, Now.AddSeconds(6));

        Assert.Equal(DeliveryState.Succeeded, delivery.State);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(200, delivery.ResponseStatus);
        Assert.Null(delivery.LastError);
    }

    private static Delivery New() =>
        Delivery.Create(
            Guid.NewGuid(),
            Guid.NewGuid(),
            NotificationEventTypes.IncidentCreated,
            "{}",
            Now
        );
}
