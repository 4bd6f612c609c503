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

    /// <summary>
    /// Never blocks or fails the start when Redis is away: fire-and-forget registers the
    /// subscription locally and the connection (re)subscribes whenever it (re)connects. Until then
    /// this instance serves from its own cache, which expires within StatusPage:CacheSeconds.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _queue = await redis
            .GetSubscriber()
            .SubscribeAsync(RedisChannels.Committed(options), CommandFlags.FireAndForget);
        _queue.OnMessage(HandleAsync);
        if (!redis.IsConnected)
        {
            LogRedisAway(logger);
        }
    }

    /// <summary>
    /// Best effort, never a failed shutdown: the subscription dies with the connection anyway. Redis
    /// may be unreachable at that moment, and the connection may already be disposed — the host's
    /// run loop and its stopper can race to dispose the container (seen with WebApplicationFactory).
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_queue is null)
        {
            return;
        }

        try
        {
            await _queue.UnsubscribeAsync().WaitAsync(cancellationToken);
        }
        catch (Exception e)
            when (e is ObjectDisposedException or RedisException or OperationCanceledException)
        {
            LogUnsubscribeSkipped(logger, e);
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
        Message = "Redis is not reachable yet: other instances' writes reach this one once it connects (until then its public cache expires within StatusPage:CacheSeconds)"
    )]
    private static partial void LogRedisAway(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Unsubscribing from other instances' events was skipped at shutdown"
    )]
    private static partial void LogUnsubscribeSkipped(ILogger logger, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Could not apply committed events received from another instance"
    )]
    private static partial void LogHandlingFailed(ILogger logger, Exception exception);
}
