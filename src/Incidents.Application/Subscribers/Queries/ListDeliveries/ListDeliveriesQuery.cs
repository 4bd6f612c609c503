using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Subscribers.Queries.ListDeliveries;

/// <summary>A subscriber's delivery log, newest first.</summary>
public sealed record ListDeliveriesQuery(Guid SubscriberId, int? Page, int? PageSize)
    : IQuery<PagedResult<DeliveryDto>>;
