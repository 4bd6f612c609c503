using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Subscribers.Queries.ListSubscribers;

/// <param name="Search">Only subscribers whose email address or URL contains it (case-insensitive); null or blank: all.</param>
public sealed record ListSubscribersQuery(int? Page, int? PageSize, string? Search = null)
    : IQuery<PagedResult<SubscriberDto>>;
