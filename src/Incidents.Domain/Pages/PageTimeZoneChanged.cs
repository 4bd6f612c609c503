using Incidents.Domain.Common;

namespace Incidents.Domain.Pages;

/// <summary>The page's time zone changed: its public answers (timestamps, windows) change with it.</summary>
public sealed record PageTimeZoneChanged(Guid PageId, string TimeZone, DateTimeOffset OccurredAt)
    : IDomainEvent;
