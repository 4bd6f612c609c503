namespace Incidents.Domain.Common;

/// <summary>
/// The consistency boundary: every change goes through its methods, which raise domain events.
/// Persistence turns the events into outbox rows in the same transaction as the change.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
