using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>The postmortem is on the page; subscribers hear of it when <paramref name="Notify"/> is set.</summary>
public sealed record IncidentPostmortemPublished(
    Guid IncidentId,
    Guid PageId,
    string Title,
    IncidentImpact Impact,
    string Postmortem,
    IReadOnlyList<Guid> AffectedComponentIds,
    bool Notify,
    DateTimeOffset OccurredAt
) : IDomainEvent;
