namespace Incidents.Infrastructure.Notifications.Deliveries;

/// <summary>The delivery sender as the <see cref="DeliveryHandover"/> sees it while the sender runs.</summary>
internal interface IDeliveryReceiver
{
    /// <summary>
    /// How many more deliveries its queue takes now: a handed-over delivery is leased, and the
    /// queue is kept short enough that no lease runs out while it waits.
    /// </summary>
    int Room { get; }

    /// <summary>A new claim token of the sender's (its shutdown releases every lease with its prefix).</summary>
    string NewClaimToken();

    /// <summary>Queues a committed delivery leased to it; false when it has stopped taking work.</summary>
    bool Accept(HandedOverDelivery handed);
}
