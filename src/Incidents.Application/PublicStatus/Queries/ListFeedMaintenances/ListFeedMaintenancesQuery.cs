using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.ListFeedMaintenances;

/// <summary>
/// A page's latest maintenances in every state (a cancelled one was announced, so its
/// cancellation is news too), newest window first, for the feeds and the calendar.
/// </summary>
public sealed record ListFeedMaintenancesQuery(string Slug, int Count)
    : IQuery<IReadOnlyList<PublicMaintenanceDto>>;
