using Incidents.Domain.Common;

namespace Incidents.Application.Common.Interfaces;

/// <summary>
/// Told, in process, about the domain events of each save right after it committed — for work that
/// must react at once (evicting the public cache, waking the outbox dispatcher, live page events).
/// Best effort by design: the durable path for events is the outbox. Implementations must be
/// quick and thread-safe; an exception is logged and does not fail the request.
/// </summary>
public interface IDomainEventsCommittedListener
{
    ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    );
}
