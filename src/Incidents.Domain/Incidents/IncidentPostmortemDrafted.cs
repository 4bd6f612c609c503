using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>The postmortem draft was saved; the page does not show drafts, nobody is notified.</summary>
public sealed record IncidentPostmortemDrafted(
    Guid IncidentId,
    Guid PageId,
    DateTimeOffset OccurredAt
) : IDomainEvent;
