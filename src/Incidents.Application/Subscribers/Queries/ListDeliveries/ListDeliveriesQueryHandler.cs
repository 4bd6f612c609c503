using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Subscribers.Queries.ListDeliveries;

public sealed class ListDeliveriesQueryHandler(
    ISubscriberReadRepository subscribers,
    ICurrentCaller caller
) : IQueryHandler<ListDeliveriesQuery, PagedResult<DeliveryDto>>
{
    public async ValueTask<PagedResult<DeliveryDto>> Handle(
        ListDeliveriesQuery query,
        CancellationToken cancellationToken
    )
    {
        _ =
            await subscribers.GetAsync(caller.PageId, query.SubscriberId, cancellationToken)
            ?? throw new NotFoundException($"Subscriber {query.SubscriberId} not found.");
        var result = await subscribers.ListDeliveriesAsync(
            caller.PageId,
            query.SubscriberId,
            query.Page ?? 1,
            Paging.Size(query.PageSize),
            cancellationToken
        );
        return new PagedResult<DeliveryDto>(
            result.Items.Select(d => d.ToDto()).ToList(),
            result.Page,
            result.PageSize,
            result.TotalCount
        );
    }
}
