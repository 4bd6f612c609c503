using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Subscribers.Queries.ListSubscribers;

public sealed class ListSubscribersQueryHandler(
    ISubscriberReadRepository subscribers,
    ICurrentCaller caller
) : IQueryHandler<ListSubscribersQuery, PagedResult<SubscriberDto>>
{
    public async ValueTask<PagedResult<SubscriberDto>> Handle(
        ListSubscribersQuery query,
        CancellationToken cancellationToken
    )
    {
        var result = await subscribers.ListAsync(
            caller.PageId,
            query.Page ?? 1,
            Paging.Size(query.PageSize),
            string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(),
            cancellationToken
        );
        return new PagedResult<SubscriberDto>(
            result.Items.Select(s => s.ToDto()).ToList(),
            result.Page,
            result.PageSize,
            result.TotalCount
        );
    }
}
