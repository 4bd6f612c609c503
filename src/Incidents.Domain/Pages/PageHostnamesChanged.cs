using Incidents.Domain.Common;

namespace Incidents.Domain.Pages;

/// <summary>A hostname was added to or removed from a page: every instance reloads its host map.</summary>
public sealed record PageHostnamesChanged(
    Guid PageId,
    string Hostname,
    bool Added,
    DateTimeOffset OccurredAt
) : IDomainEvent;
