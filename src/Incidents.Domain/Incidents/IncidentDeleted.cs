using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>The incident was deleted: gone from the page and its uptime; only webhook subscribers who filter for it hear of it.</summary>
public sealed record IncidentDeleted(
    Guid IncidentId,
    Guid PageId,
    string Title,
    IncidentImpact Impact,
    IReadOnlyList<Guid> AffectedComponentIds,
    DateTimeOffset OccurredAt
) : IDomainEvent;
