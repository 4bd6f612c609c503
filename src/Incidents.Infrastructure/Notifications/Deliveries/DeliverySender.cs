using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Channels;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.Notifications.Deliveries;

/// <summary>
/// Works through due deliveries: claims a batch with a lease, sends each through its subscriber's
/// channel (bounded concurrency), and records the outcome — success, a retry at the next point of
/// the schedule, or failure after the last attempt. A result is saved only while the lease is
/// still ours (LockedBy is a concurrency token), so a row is never finished twice.
/// </summary>
internal sealed partial class DeliverySender(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationChannel> channels,
    NotificationSignals signals,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<DeliverySender> logger
) : BackgroundService
{
    private readonly string _identity = WorkerIdentity.New("delivery");
    private readonly Dictionary<SubscriberType, INotificationChannel> _channels =
        channels.ToDictionary(c => c.Type);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogPassFailed(logger, e);
            }

            if (sent > 0)
            {
                continue;
            }

            try
            {
                await signals.Deliveries.WaitAsync(
                    options.Value.Workers.PollInterval,
                    stoppingToken
                );
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await ReleaseLeasesAsync();
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var workers = options.Value.Workers;
        var token = WorkerIdentity.Claim(_identity);
        List<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = time.GetUtcNow();
            claimed = await RowClaims.ClaimDeliveriesAsync(
                scope.ServiceProvider.GetRequiredService<IncidentsDbContext>(),
                token,
                now,
                now + workers.LeaseDuration,
                workers.BatchSize,
                cancellationToken
            );
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, workers.Concurrency),
                CancellationToken = cancellationToken,
            },
            async (id, ct) => await SendAsync(id, ct)
        );
        return claimed.Count;
    }

    private async Task SendAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        try
        {
            var delivery = await db.Set<Delivery>()
                .FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
            if (delivery is null)
            {
                return;
            }

            var subscriber = await db.Set<Subscriber>()
                .FirstOrDefaultAsync(s => s.Id == delivery.SubscriberId, cancellationToken);
            var now = time.GetUtcNow();
            var isConfirmation =
                delivery.EventType == NotificationEventTypes.SubscriptionConfirmation;
            if (
                subscriber is null
                || subscriber.DisabledAt is not null
                || (!subscriber.IsConfirmed && !isConfirmation)
            )
            {
                delivery.Fail(null, "Subscriber is disabled or unconfirmed; not sent.", null, now);
            }
            else if (!_channels.TryGetValue(subscriber.Type, out var channel))
            {
                delivery.Fail(null, $"No channel for {subscriber.Type} subscribers.", null, now);
            }
            else
            {
                var result = await channel.SendAsync(subscriber, delivery, cancellationToken);
                now = time.GetUtcNow();
                Record(delivery, subscriber, result, now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogLeaseLost(logger, deliveryId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // The lease expires and the delivery is tried again then.
            LogSendFailed(logger, e, deliveryId);
        }
    }

    private void Record(
        Delivery delivery,
        Subscriber subscriber,
        ChannelResult result,
        DateTimeOffset now
    )
    {
        if (result.Success)
        {
            delivery.Succeed(result.Status, now);
            return;
        }

        var error = result.Error ?? "Failed.";
        if (result.Gone)
        {
            subscriber.Disable(error, now);
            delivery.Fail(result.Status, error, null, now);
            LogDisabled(logger, subscriber.Id);
            return;
        }

        var webhooks = options.Value.Webhooks;
        var retryAt = RetrySchedule.Next(
            options.Value.RetryDelays(),
            delivery.Attempts + 1,
            result.RetryAfter,
            webhooks.MaxRetryAfter,
            now
        );
        delivery.Fail(result.Status, error, retryAt, now);
    }

    private async Task ReleaseLeasesAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            await RowClaims.ReleaseDeliveriesAsync(
                scope.ServiceProvider.GetRequiredService<IncidentsDbContext>(),
                _identity,
                timeout.Token
            );
        }
        catch (Exception e)
        {
            LogReleaseFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery sender pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Sending delivery {DeliveryId} failed unexpectedly; it is retried when its lease expires"
    )]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid deliveryId);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Lease on delivery {DeliveryId} was lost before its result was saved"
    )]
    private static partial void LogLeaseLost(ILogger logger, Guid deliveryId);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Subscriber {SubscriberId} disabled: its webhook answered 410 Gone"
    )]
    private static partial void LogDisabled(ILogger logger, Guid subscriberId);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Releasing delivery leases on shutdown failed"
    )]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);
}
