using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Subscribers.Queries.ListSubscribers;

public sealed record ListSubscribersQuery(int? Page, int? PageSize)
    : IQuery<PagedResult<SubscriberDto>>;
