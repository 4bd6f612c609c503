using Mediator;

namespace Incidents.Application.StatuspageCompatibility.Queries.GetStatuspageSnapshot;

/// <summary>
/// What the Statuspage-compatible public JSON (v2) of a page is made of; anonymous, by slug.
/// <paramref name="IncidentId"/> also loads that incident when it is older than the latest ones;
/// <paramref name="PageId"/>, when given, names the page instead of the slug (the Manage API's caller).
/// </summary>
public sealed record GetStatuspageSnapshotQuery(
    string? Slug,
    Guid? IncidentId = null,
    Guid? PageId = null
) : IQuery<StatuspageSnapshot>;
