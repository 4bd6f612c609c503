using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Mediator;

namespace Incidents.Application.Subscribers.Queries.GetSubscriber;

public sealed class GetSubscriberQueryHandler(
    ISubscriberReadRepository subscribers,
    ICurrentCaller caller
) : IQueryHandler<GetSubscriberQuery, SubscriberDto>
{
    public async ValueTask<SubscriberDto> Handle(
        GetSubscriberQuery query,
        CancellationToken cancellationToken
    ) =>
        (
            await subscribers.GetAsync(caller.PageId, query.SubscriberId, cancellationToken)
            ?? throw new NotFoundException($"Subscriber {query.SubscriberId} not found.")
        ).ToDto();
}
