using System.Text.Json;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Infrastructure.Persistence.Outbox;
using StackExchange.Redis;

namespace Incidents.Infrastructure.ScaleOut;

/// <summary>
/// Forwards each commit's domain events to the other instances over Redis pub/sub, so their
/// in-process listeners (public cache eviction, live page events) react as if the write were local.
/// Fire-and-forget: the outbox remains the durable path.
/// </summary>
internal sealed class RedisCommittedEventsPublisher(
    IConnectionMultiplexer redis,
    RedisOptions options,
    ScaleOutMode mode
) : IDomainEventsCommittedListener
{
    public async ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        var message = new CommittedEventsMessage(
            mode.InstanceId,
            domainEvents
                .Select(DomainEventTypes.ToOutboxMessage)
                .Select(m => new SerializedDomainEvent(m.Type, m.Payload))
                .ToList()
        );
        await redis
            .GetSubscriber()
            .PublishAsync(
                RedisChannels.Committed(options),
                JsonSerializer.Serialize(message),
                CommandFlags.FireAndForget
            );
    }
}
