using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

/// <summary>Everything the public front page shows, for the page with this slug (anonymous).</summary>
public sealed record GetPageSummaryQuery(string Slug) : IQuery<PageSummaryDto>;
