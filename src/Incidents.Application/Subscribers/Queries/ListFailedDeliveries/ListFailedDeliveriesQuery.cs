using Mediator;

namespace Incidents.Application.Subscribers.Queries.ListFailedDeliveries;

/// <summary>The page's most recent deliveries that failed for good, newest first (the console's dashboard).</summary>
public sealed record ListFailedDeliveriesQuery(int Count) : IQuery<IReadOnlyList<DeliveryDto>>;
