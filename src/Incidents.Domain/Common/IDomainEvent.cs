using Mediator;

namespace Incidents.Domain.Common;

/// <summary>A fact that happened to an aggregate: past tense, immutable, ids and values only.</summary>
public interface IDomainEvent : INotification
{
    Guid PageId { get; }

    DateTimeOffset OccurredAt { get; }
}
