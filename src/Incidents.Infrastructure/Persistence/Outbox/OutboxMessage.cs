namespace Incidents.Infrastructure.Persistence.Outbox;

/// <summary>
/// A domain event written in the same transaction as the change that raised it; background
/// workers read it after commit, so an event exists if and only if its change committed.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid PageId { get; set; }

    /// <summary>The event's type name (e.g. IncidentOpened), resolved by <see cref="DomainEventTypes"/>.</summary>
    public string Type { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>A worker's lease: no other worker takes the row until this time has passed.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public string? LockedBy { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// A fan-out committed in slices (ADR 0104): the last subscriber id, in <see cref="Guid"/>
    /// order, whose delivery has committed. A dispatcher taking the event over after a crash
    /// writes only the deliveries after it. Null until the first slice commits.
    /// </summary>
    public Guid? FanOutCursor { get; set; }
}
