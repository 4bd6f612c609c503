using Mediator;

namespace Incidents.Application.StatuspageCompatibility.Queries.GetStatuspageSnapshot;

/// <summary>
/// What the Statuspage-compatible public JSON (v2) of a page is made of; anonymous, by slug.
/// <paramref name="IncidentId"/> also loads that incident when it is older than the latest ones.
/// </summary>
public sealed record GetStatuspageSnapshotQuery(string Slug, Guid? IncidentId = null)
    : IQuery<StatuspageSnapshot>;
