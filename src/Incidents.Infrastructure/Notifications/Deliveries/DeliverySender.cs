using Incidents.Application.Common.Observability;
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
/// the schedule, failure after the last attempt, or a deferral (our own circuit breaker refused
/// the call: no attempt used, due again when the circuit lets calls through). A result is saved only while the lease is
/// still ours (LockedBy is a concurrency token), so a row is never finished twice.
/// </summary>
internal sealed partial class DeliverySender(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationChannel> channels,
    NotificationSignals signals,
    IOptions<NotificationOptions> options,
    IOptions<DatabaseOptions> database,
    TimeProvider time,
    IncidentsMetrics metrics,
    ILogger<DeliverySender> logger
) : BackgroundService
{
    private readonly string _identity = WorkerIdentity.New("delivery");
    private readonly Dictionary<SubscriberType, INotificationChannel> _channels =
        channels.ToDictionary(c => c.Type);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Several loops overlap one batch's database work with another's sending. SQLite has one
        // writer: there, more loops only contend for the write lock.
        var loops =
            database.Value.Provider == DatabaseProvider.Sqlite
                ? 1
                : Math.Max(1, options.Value.Workers.SenderLoops);
        await Task.WhenAll(Enumerable.Range(0, loops).Select(_ => LoopAsync(stoppingToken)));
        await ReleaseLeasesAsync();
    }

    private Task LoopAsync(CancellationToken stoppingToken) =>
        WorkerLoop.RunAsync(
            RunOnceAsync,
            signals.Deliveries,
            signals.Deliveries,
            options.Value.Workers.PollInterval,
            e => LogPassFailed(logger, e),
            stoppingToken
        );

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

        await SendBatchAsync(claimed, workers.Concurrency, cancellationToken);
        return claimed.Count;
    }

    /// <summary>
    /// Sends a claimed batch in parallel, then saves all outcomes in one transaction: one write
    /// per batch instead of one per delivery (SQLite has a single writer; PostgreSQL saves round trips).
    /// </summary>
    private async Task SendBatchAsync(
        List<Guid> claimed,
        int concurrency,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var deliveries = await db.Set<Delivery>()
            .Where(d => claimed.Contains(d.Id))
            .ToListAsync(cancellationToken);
        var subscriberIds = deliveries.Select(d => d.SubscriberId).Distinct().ToList();
        var subscribers = await db.Set<Subscriber>()
            .Where(s => subscriberIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var results = new ChannelResult?[deliveries.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, deliveries.Count),
            new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, concurrency),
                CancellationToken = cancellationToken,
            },
            async (i, ct) =>
            {
                var delivery = deliveries[i];
                if (
                    subscribers.TryGetValue(delivery.SubscriberId, out var subscriber)
                    && IsSendable(subscriber, delivery)
                    && _channels.TryGetValue(subscriber.Type, out var channel)
                )
                {
                    try
                    {
                        results[i] = await channel.SendAsync(subscriber, delivery, ct);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        LogSendFailed(logger, e, delivery.Id);
                        results[i] = ChannelResult.Failed("Unexpected error: " + e.Message);
                    }
                }
            }
        );

        var now = time.GetUtcNow();
        for (var i = 0; i < deliveries.Count; i++)
        {
            var delivery = deliveries[i];
            subscribers.TryGetValue(delivery.SubscriberId, out var subscriber);
            if (results[i] is { } result && subscriber is not null)
            {
                Record(delivery, subscriber, result, now);
            }
            else if (subscriber is null || !IsSendable(subscriber, delivery))
            {
                delivery.Fail(null, "Subscriber is disabled or unconfirmed; not sent.", null, now);
            }
            else
            {
                delivery.Fail(null, $"No channel for {subscriber.Type} subscribers.", null, now);
            }
        }

        await SaveHeldAsync(db, cancellationToken);
    }

    private static bool IsSendable(Subscriber subscriber, Delivery delivery) =>
        subscriber.DisabledAt is null
        && (
            subscriber.IsConfirmed
            || delivery.EventType == NotificationEventTypes.SubscriptionConfirmation
        );

    /// <summary>Saves the batch; rows whose lease another worker took meanwhile are dropped, the rest saved.</summary>
    private async Task SaveHeldAsync(IncidentsDbContext db, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException e)
            {
                foreach (var entry in e.Entries)
                {
                    if (entry.Entity is Delivery lost)
                    {
                        LogLeaseLost(logger, lost.Id);
                    }

                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    private void Record(
        Delivery delivery,
        Subscriber subscriber,
        ChannelResult result,
        DateTimeOffset now
    )
    {
        var channel = subscriber.Type.ToString().ToLowerInvariant();
        if (result.Deferred)
        {
            metrics.DeliveryDeferred(channel);
            delivery.Defer(
                result.Error ?? "Held back.",
                now + (result.RetryAfter ?? TimeSpan.Zero),
                now
            );
            return;
        }

        if (result.Success)
        {
            delivery.Succeed(result.Status, now);
            metrics.DeliverySent(channel, now - delivery.CreatedAt);
            return;
        }

        metrics.DeliveryFailed(channel);
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
