using Incidents.Application.Common.Interfaces;
using Mediator;

namespace Incidents.Application.Subscribers.Queries.ListFailedDeliveries;

public sealed class ListFailedDeliveriesQueryHandler(
    ISubscriberReadRepository subscribers,
    ICurrentCaller caller
) : IQueryHandler<ListFailedDeliveriesQuery, IReadOnlyList<DeliveryDto>>
{
    public async ValueTask<IReadOnlyList<DeliveryDto>> Handle(
        ListFailedDeliveriesQuery query,
        CancellationToken cancellationToken
    )
    {
        var failed = await subscribers.ListFailedDeliveriesAsync(
            caller.PageId,
            Math.Clamp(query.Count, 1, 100),
            cancellationToken
        );
        return failed.Select(d => d.ToDto()).ToList();
    }
}
