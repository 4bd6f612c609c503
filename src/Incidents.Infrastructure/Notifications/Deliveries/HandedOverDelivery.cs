using Incidents.Domain.Subscribers;

namespace Incidents.Infrastructure.Notifications.Deliveries;

/// <summary>
/// A new delivery handed from the outbox dispatcher to the sender (ADR 0170), with the
/// subscriber the fan-out read — stored leased to the sender, or, when <see cref="Slice"/> is
/// set, not stored until its outcome is known (ADR 0184).
/// </summary>
internal sealed record HandedOverDelivery(
    Delivery Delivery,
    Subscriber Subscriber,
    SliceInFlight? Slice
);
