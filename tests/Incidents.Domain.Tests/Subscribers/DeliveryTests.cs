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
    public void Defer_UsesNoAttempt_WaitsUntilTheProtectionLifts_AndShowsAsDeferred()
    {
        var delivery = New();
        delivery.Fail(500, "HTTP 500", Now.AddSeconds(5), Now);

        delivery.Defer("Circuit open", Now.AddSeconds(30), Now.AddSeconds(5));

        Assert.Equal(DeliveryState.Pending, delivery.State);
        Assert.True(delivery.IsDeferred);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(1, delivery.Deferrals);
        Assert.Equal("Circuit open", delivery.DeferredReason);
        Assert.Equal(Now.AddSeconds(30), delivery.NextAttemptAt);
        // The receiver's last answer stays in the log: a deferral is not a failure.
        Assert.Equal(500, delivery.ResponseStatus);
        Assert.Equal("HTTP 500", delivery.LastError);
        Assert.Null(delivery.LockedBy);

        delivery.Succeed(200, Now.AddSeconds(31));

        Assert.False(delivery.IsDeferred);
        Assert.Null(delivery.DeferredReason);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(1, delivery.Deferrals);
    }

    [Fact]
    public void Defer_AFinishedDelivery_IsRefused()
    {
        var delivery = New();
        delivery.Succeed(200, Now);

        Assert.Throws<DomainException>(() =>
            delivery.Defer("Circuit open", Now.AddSeconds(5), Now)
        );
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

    [Fact]
    public void Create_SharesOnePayload_AndUsePayloadAcceptsOnlyItsOwn()
    {
        var payload = DeliveryPayload.Create("""{"type":"incident.created"}""", Now);
        var first = Delivery.Create(
            Guid.NewGuid(),
            Guid.NewGuid(),
            "incident.created",
            payload,
            Now
        );
        var second = Delivery.Create(
            Guid.NewGuid(),
            Guid.NewGuid(),
            "incident.created",
            payload,
            Now
        );

        Assert.Equal(payload.Id, first.PayloadId);
        Assert.Equal(payload.Id, second.PayloadId);
        Assert.Equal(payload.Json, second.Payload);
        Assert.NotEqual(first.MessageId, second.MessageId);
        first.UsePayload(payload);
        Assert.Throws<DomainException>(() => first.UsePayload(DeliveryPayload.Create("{}", Now)));
        Assert.Equal(payload.Json, first.Payload);
    }

    [Fact]
    public void LeaseTo_ANewDelivery_LeasesItToThatWorker()
    {
        var delivery = New();

        delivery.LeaseTo("delivery:host:1:abc:def", Now.AddMinutes(2));

        Assert.Equal("delivery:host:1:abc:def", delivery.LockedBy);
        Assert.Equal(Now.AddMinutes(2), delivery.LockedUntil);
        Assert.Equal(DeliveryState.Pending, delivery.State);
        Assert.Equal(0, delivery.Attempts);
    }

    [Fact]
    public void LeaseTo_ADeliveryAlreadyLeasedOrTried_IsRefused()
    {
        var leased = New();
        leased.LeaseTo("worker-a", Now.AddMinutes(2));
        var tried = New();
        tried.Fail(500, "HTTP 500", Now.AddSeconds(5), Now);
        var finished = New();
        finished.Succeed(200, Now);

        Assert.Throws<DomainException>(() => leased.LeaseTo("worker-b", Now.AddMinutes(2)));
        Assert.Equal("worker-a", leased.LockedBy);
        Assert.Throws<DomainException>(() => tried.LeaseTo("worker-b", Now.AddMinutes(2)));
        Assert.Throws<DomainException>(() => finished.LeaseTo("worker-b", Now.AddMinutes(2)));
        Assert.Null(tried.LockedBy);
        Assert.Null(finished.LockedBy);
    }

    [Fact]
    public void Unsent_RebuildsANewDelivery_WithItsIdAndMessageId_PendingWithNoAttempt()
    {
        var original = New();
        original.FannedOutFrom(Guid.NewGuid());

        var rebuilt = Delivery.Unsent(
            original.Id,
            original.PageId,
            original.SubscriberId,
            original.SourceEventId,
            original.EventType,
            original.PayloadId,
            original.CreatedAt
        );

        Assert.Equal(original.Id, rebuilt.Id);
        Assert.Equal(original.MessageId, rebuilt.MessageId);
        Assert.Equal(original.SourceEventId, rebuilt.SourceEventId);
        Assert.Equal(original.PayloadId, rebuilt.PayloadId);
        Assert.Equal(DeliveryState.Pending, rebuilt.State);
        Assert.Equal(0, rebuilt.Attempts);
        Assert.Equal(original.CreatedAt, rebuilt.NextAttemptAt);
        Assert.Null(rebuilt.LockedBy);
        // Its payload is read when it is claimed, as for any stored delivery.
        Assert.Null(rebuilt.Content);
    }

    private static Delivery New() =>
        Delivery.Create(
            Guid.NewGuid(),
            Guid.NewGuid(),
            NotificationEventTypes.IncidentCreated,
            DeliveryPayload.Create("{}", Now),
            Now
        );
}
