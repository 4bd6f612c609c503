using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>An incident was entered afterwards; it never notifies. Persistence adds its interval to the affected components' status history.</summary>
public sealed record IncidentBackfilled(
    Guid IncidentId,
    Guid PageId,
    string Title,
    IncidentImpact Impact,
    IReadOnlyList<Guid> AffectedComponentIds,
    DateTimeOffset StartedAt,
    DateTimeOffset ResolvedAt,
    DateTimeOffset OccurredAt
) : IDomainEvent;
