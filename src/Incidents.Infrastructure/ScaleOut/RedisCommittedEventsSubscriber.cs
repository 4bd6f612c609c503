using System.Text.Json;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Infrastructure.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Incidents.Infrastructure.ScaleOut;

/// <summary>Receives other instances' committed events and hands them to this instance's local listeners.</summary>
internal sealed partial class RedisCommittedEventsSubscriber(
    IConnectionMultiplexer redis,
    RedisOptions options,
    ScaleOutMode mode,
    IServiceScopeFactory scopes,
    ILogger<RedisCommittedEventsSubscriber> logger
) : IHostedService
{
    private ChannelMessageQueue? _queue;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _queue = await redis.GetSubscriber().SubscribeAsync(RedisChannels.Committed(options));
        _queue.OnMessage(HandleAsync);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_queue is not null)
        {
            await _queue.UnsubscribeAsync();
        }
    }

    private async Task HandleAsync(ChannelMessage message)
    {
        try
        {
            var received = JsonSerializer.Deserialize<CommittedEventsMessage>(
                message.Message.ToString()
            );
            if (received is null || received.Origin == mode.InstanceId)
            {
                return;
            }

            var events = received
                .Events.Select(e =>
                    DomainEventTypes.FromOutboxMessage(
                        new OutboxMessage { Type = e.Type, Payload = e.Payload }
                    )
                )
                .OfType<IDomainEvent>()
                .ToList();
            await using var scope = scopes.CreateAsyncScope();
            foreach (
                var listener in scope.ServiceProvider.GetServices<IDomainEventsCommittedListener>()
            )
            {
                if (listener is not RedisCommittedEventsPublisher)
                {
                    await listener.OnCommittedAsync(events, CancellationToken.None);
                }
            }
        }
        catch (Exception e)
        {
            LogHandlingFailed(logger, e);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Could not apply committed events received from another instance"
    )]
    private static partial void LogHandlingFailed(ILogger logger, Exception exception);
}
