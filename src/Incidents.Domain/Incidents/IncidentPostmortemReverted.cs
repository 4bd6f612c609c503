using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>The published postmortem was taken off the page (the draft stays).</summary>
public sealed record IncidentPostmortemReverted(
    Guid IncidentId,
    Guid PageId,
    DateTimeOffset OccurredAt
) : IDomainEvent;
