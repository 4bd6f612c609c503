using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>The text or shown time of one update was corrected; never notified.</summary>
public sealed record IncidentUpdateCorrected(
    Guid IncidentId,
    Guid PageId,
    Guid UpdateId,
    DateTimeOffset OccurredAt
) : IDomainEvent;
