using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Deliveries;
using Incidents.Infrastructure.Notifications.Outbox;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// The handover of first attempts from the outbox dispatcher to the sender (ADR 0170), without a
/// database: what is leased, how much, and what happens when the sender has no room, is not
/// running or stops, or the transaction does not commit.
/// </summary>
public sealed class DeliveryHandoverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = Now.AddMinutes(2);

    [Fact]
    public void Lease_WithRoom_LeasesToTheSendersToken_AndHandsOverInOrderAfterTheCommit()
    {
        var handover = new DeliveryHandover();
        var sender = new FakeSender(room: 10);
        handover.Open(sender);
        var (deliveries, subscriberOf) = NewDeliveries(3);

        using var leased = handover.Begin(Until);
        Assert.Equal(3, leased.Lease(deliveries, subscriberOf));
        Assert.All(deliveries, d => Assert.Equal(sender.Token, d.LockedBy));
        Assert.All(deliveries, d => Assert.Equal(Until, d.LockedUntil));
        // Nothing reaches the sender before the commit.
        Assert.Empty(sender.Queued);

        Assert.Equal(3, leased.Hand());
        Assert.Equal(deliveries, sender.Queued.Select(q => q.Delivery));
        Assert.All(sender.Queued, q => Assert.Equal(q.Delivery.SubscriberId, q.Subscriber.Id));
    }

    [Fact]
    public void Lease_BeyondTheSendersRoom_LeavesTheRestUnleasedForTheClaim()
    {
        var handover = new DeliveryHandover();
        handover.Open(new FakeSender(room: 2));
        var (deliveries, subscriberOf) = NewDeliveries(5);

        using var leased = handover.Begin(Until);

        Assert.Equal(2, leased.Lease(deliveries, subscriberOf));
        Assert.NotNull(deliveries[0].LockedBy);
        Assert.NotNull(deliveries[1].LockedBy);
        Assert.All(deliveries.Skip(2), d => Assert.Null(d.LockedBy));
    }

    [Fact]
    public void RoomPromised_ToATransactionNotYetCommitted_IsNotPromisedAgain_AndComesBackWhenItRollsBack()
    {
        var handover = new DeliveryHandover();
        handover.Open(new FakeSender(room: 4));
        var (first, subscriberOf) = NewDeliveries(3);
        var (second, secondSubscriberOf) = NewDeliveries(3);
        var (third, thirdSubscriberOf) = NewDeliveries(3);

        var rolledBack = handover.Begin(Until);
        Assert.Equal(3, rolledBack.Lease(first, subscriberOf));
        using (var meanwhile = handover.Begin(Until))
        {
            Assert.Equal(1, meanwhile.Lease(second, secondSubscriberOf));
        }

        rolledBack.Dispose();
        using var after = handover.Begin(Until);

        Assert.Equal(3, after.Lease(third, thirdSubscriberOf));
    }

    [Fact]
    public void Lease_WithoutARunningSender_LeasesNothing()
    {
        var handover = new DeliveryHandover();
        var (deliveries, subscriberOf) = NewDeliveries(2);

        using var leased = handover.Begin(Until);

        Assert.Equal(0, leased.Lease(deliveries, subscriberOf));
        Assert.All(deliveries, d => Assert.Null(d.LockedBy));
        Assert.Equal(0, leased.Hand());
    }

    [Fact]
    public void Lease_AfterTheSenderClosed_LeasesNothing()
    {
        var handover = new DeliveryHandover();
        handover.Open(new FakeSender(room: 10));
        handover.Close();
        var (deliveries, subscriberOf) = NewDeliveries(2);

        using var leased = handover.Begin(Until);

        Assert.Equal(0, leased.Lease(deliveries, subscriberOf));
        Assert.All(deliveries, d => Assert.Null(d.LockedBy));
    }

    [Fact]
    public void Lease_ADeliveryWhoseSubscriberWasNotRead_IsLeftForTheClaim()
    {
        var handover = new DeliveryHandover();
        handover.Open(new FakeSender(room: 10));
        var (deliveries, subscriberOf) = NewDeliveries(3);
        var unknown = deliveries[1].SubscriberId;

        using var leased = handover.Begin(Until);

        Assert.Equal(2, leased.Lease(deliveries, id => id == unknown ? null : subscriberOf(id)));
        Assert.Null(deliveries[1].LockedBy);
        Assert.NotNull(deliveries[0].LockedBy);
        Assert.NotNull(deliveries[2].LockedBy);
    }

    [Fact]
    public void Hand_ToASenderThatStoppedTakingWork_CountsOnlyWhatItQueued()
    {
        var handover = new DeliveryHandover();
        var sender = new FakeSender(room: 10) { Takes = 1 };
        handover.Open(sender);
        var (deliveries, subscriberOf) = NewDeliveries(3);

        using var leased = handover.Begin(Until);
        leased.Lease(deliveries, subscriberOf);

        Assert.Equal(1, leased.Hand());
        Assert.Single(sender.Queued);
    }

    private static (List<Delivery>, Func<Guid, Subscriber?>) NewDeliveries(int count)
    {
        var pageId = Guid.NewGuid();
        var payload = DeliveryPayload.Create("{}", Now);
        var subscribers = WebhookSubscribers.Create(pageId, count, Now).ToDictionary(s => s.Id);
        var deliveries = subscribers
            .Keys.Select(id =>
                Delivery.Create(pageId, id, NotificationEventTypes.IncidentCreated, payload, Now)
            )
            .ToList();
        return (deliveries, id => subscribers.GetValueOrDefault(id));
    }

    [Fact]
    public async Task WaitForRoom_ReturnsAtOnce_WhenTheSenderHasRoom_AndFalse_WhenNoSenderRuns()
    {
        using var handover = new DeliveryHandover();
        Assert.False(
            await handover.WaitForRoomAsync(1, TimeSpan.FromMinutes(1), TimeProvider.System, Ct)
        );

        handover.Open(new FakeSender(room: 5));
        var wait = handover.WaitForRoomAsync(5, TimeSpan.FromMinutes(1), TimeProvider.System, Ct);
        Assert.True(wait.IsCompleted);
        Assert.True(await wait);
    }

    [Fact]
    public async Task WaitForRoom_EndsWhenTheSenderTakesEnoughOffItsQueue()
    {
        using var handover = new DeliveryHandover();
        var sender = new FakeSender(room: 4);
        handover.Open(sender);
        var (deliveries, subscriberOf) = NewDeliveries(4);
        using (var leased = handover.Begin(Until))
        {
            leased.Lease(deliveries, subscriberOf);
            leased.Hand();
        }

        // Full: waits (a minute at most) for room for 3.
        var wait = handover.WaitForRoomAsync(3, TimeSpan.FromMinutes(1), TimeProvider.System, Ct);
        Assert.False(wait.IsCompleted);

        sender.Take(1);
        handover.Dequeued(sender.Room); // room for 1: not yet
        sender.Take(2);
        handover.Dequeued(sender.Room); // room for 3

        Assert.True(await wait.WaitAsync(TimeSpan.FromSeconds(30), Ct));
    }

    [Fact]
    public async Task WaitForRoom_GivesUpAfterItsLimit_AndAPacedFanOutThenStopsWaiting()
    {
        using var handover = new DeliveryHandover();
        handover.Open(new FakeSender(room: 0));

        Assert.False(
            await handover.WaitForRoomAsync(
                1,
                TimeSpan.FromMilliseconds(50),
                TimeProvider.System,
                Ct
            )
        );

        var pacing = new HandoverPacing(
            handover,
            capacity: 10,
            TimeSpan.FromMilliseconds(50),
            TimeProvider.System
        );
        await pacing.BeforeSliceAsync(5, Ct); // waits its 50 ms, in vain
        // Given up: the rest of the fan-out is written at once (the sender is not keeping up).
        Assert.True(pacing.BeforeSliceAsync(5, Ct).IsCompleted);
    }

    [Fact]
    public void PacedFanOut_WaitsForNoMoreThanTheQueueHolds()
    {
        using var handover = new DeliveryHandover();
        handover.Open(new FakeSender(room: 3));
        // A slice of 100 against a queue of 3: room for 3 is all it waits for (there is).
        var pacing = new HandoverPacing(
            handover,
            capacity: 3,
            TimeSpan.FromMinutes(1),
            TimeProvider.System
        );

        Assert.True(pacing.BeforeSliceAsync(100, Ct).IsCompleted);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A sender with a fixed room that takes work until <see cref="Takes"/> deliveries are queued.</summary>
    private sealed class FakeSender(int room) : IDeliveryReceiver
    {
        public string Token { get; } = "delivery:test:" + Guid.NewGuid().ToString("N")[..12];

        public int Takes { get; init; } = int.MaxValue;

        public List<(Delivery Delivery, Subscriber Subscriber)> Queued { get; } = [];

        public int Room => room - Queued.Count;

        public string NewClaimToken() => Token;

        /// <summary>Takes <paramref name="count"/> deliveries off the queue (as its send workers do).</summary>
        public void Take(int count) => Queued.RemoveRange(0, count);

        public bool Accept(HandedOverDelivery handed)
        {
            if (Queued.Count >= Takes)
            {
                return false;
            }

            Queued.Add((handed.Delivery, handed.Subscriber));
            return true;
        }
    }
}
