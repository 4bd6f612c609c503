using System.Collections.Frozen;
using System.Text.Json;
using Incidents.Domain.Common;

namespace Incidents.Infrastructure.Persistence.Outbox;

/// <summary>Maps outbox type names to the domain's event types (every IDomainEvent in the Domain assembly).</summary>
public static class DomainEventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IDomainEvent)
        .Assembly.GetTypes()
        .Where(t =>
            t is { IsAbstract: false, IsInterface: false }
            && typeof(IDomainEvent).IsAssignableFrom(t)
        )
        .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static OutboxMessage ToOutboxMessage(IDomainEvent domainEvent) =>
        new()
        {
            Id = Guid.CreateVersion7(domainEvent.OccurredAt),
            PageId = domainEvent.PageId,
            Type = domainEvent.GetType().Name,
            Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType()),
            OccurredAt = domainEvent.OccurredAt,
        };

    public static IDomainEvent? FromOutboxMessage(OutboxMessage message) =>
        ByName.TryGetValue(message.Type, out var type)
            ? (IDomainEvent?)JsonSerializer.Deserialize(message.Payload, type)
            : null;
}
