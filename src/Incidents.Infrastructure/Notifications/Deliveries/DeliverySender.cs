using System.Collections.Concurrent;
using System.Threading.Channels;
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
/// Works through due deliveries as a pipeline, so that one slow or failing receiver never holds
/// back the others:
/// <list type="number">
/// <item>a claimer leases due rows (a batch at a time) into a short local queue, where the outbox
/// dispatcher also puts the first attempts of the deliveries it has just stored, leased to this
/// sender (<see cref="DeliveryHandover"/>);</item>
/// <item>send workers (<c>Workers:Concurrency</c> of them) each take the next delivery and send it
/// through its subscriber's channel; a send still running after <c>Workers:SlowSendAfter</c> is
/// left to finish on its own (up to <c>Workers:SlowSendLimit</c> of them) and the worker moves on,
/// so receivers that hang until the attempt timeout cannot occupy every worker;</item>
/// <item>a saver records each outcome as soon as it is known — success, a retry at the next point
/// of the schedule, failure after the last attempt, or a deferral (our own circuit breaker refused
/// the call: no attempt used) — saving whatever outcomes are ready in one transaction.</item>
/// </list>
/// A result is saved only while the lease is still ours (LockedBy is a concurrency token), so a
/// row is never finished twice.
/// </summary>
internal sealed partial class DeliverySender(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationChannel> channels,
    NotificationSignals signals,
    DeliveryHandover handover,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    IncidentsMetrics metrics,
    ILogger<DeliverySender> logger
) : BackgroundService, IDeliveryReceiver
{
    private const int MaxSaveGroup = 500;

    /// <summary>How far the claim batch may grow while claims come back full (see <see cref="RunOnceAsync"/>).</summary>
    private const int MaxClaimGrowth = 8;
    private static readonly TimeSpan SaveGatherDelay = TimeSpan.FromMilliseconds(20);

    private readonly string _identity = WorkerIdentity.New("delivery");
    private readonly Dictionary<SubscriberType, INotificationChannel> _channels =
        channels.ToDictionary(c => c.Type);
    private readonly Channel<ClaimedDelivery> _queue = Channel.CreateUnbounded<ClaimedDelivery>();
    private readonly Channel<DeliveryOutcome> _outcomes =
        Channel.CreateUnbounded<DeliveryOutcome>();
    private readonly WorkerSignal _queueDrained = new();
    private readonly ConcurrentDictionary<Guid, Task> _slowSends = new();
    private int _claimSize;

    /// <summary>When this sender next looks for handed-over slices whose lease ran out (ADR 0184).</summary>
    private DateTimeOffset _nextSliceCheck;

    /// <summary>Queue length at which the claimer, waiting, is woken to claim the next batch (half the current one).</summary>
    private int _refillAt;

    /// <summary>Room for handed-over deliveries: up to <c>Workers:HandoverQueue</c> queued in all.</summary>
    public int Room => options.Value.Workers.HandoverQueue - _queue.Reader.Count;

    public string NewClaimToken() => WorkerIdentity.Claim(_identity);

    public bool Accept(HandedOverDelivery handed) =>
        _queue.Writer.TryWrite(
            new ClaimedDelivery(handed.Delivery, handed.Subscriber, handed.Slice)
        );

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = options.Value.Workers;
        var saver = SaveLoopAsync();
        handover.Open(this);
        var senders = Enumerable
            .Range(0, Math.Max(1, workers.Concurrency))
            .Select(_ => SendLoopAsync(stoppingToken))
            .ToList();
        await WorkerLoop.RunAsync(
            RunOnceAsync,
            signals.Deliveries,
            workers.PollInterval,
            e => LogPassFailed(logger, e),
            stoppingToken
        );

        // Stopping: senders end (in-flight sends are cancelled and record nothing), the outcomes
        // already known are saved, and what is left unsent goes back to the pool at once.
        handover.Close();
        _queue.Writer.TryComplete();
        await Task.WhenAll(senders);
        await Task.WhenAll(_slowSends.Values);
        _outcomes.Writer.TryComplete();
        await saver;
        await ReleaseLeasesAsync();
    }

    /// <summary>
    /// Claims a batch of due deliveries into the local queue whenever it is at most half full, so
    /// the send workers never wait for a claim (at most one and a half batches are queued). While
    /// claims come back full (a large fan-out), the batch doubles, up to
    /// <see cref="MaxClaimGrowth"/> times <c>Workers:BatchSize</c>: at 100 per claim the workers
    /// emptied the queue faster than a claim returned (1,714 vs 2,923 deliveries/s with 500 in
    /// the notifications benchmark on PostgreSQL); it falls back once a claim is not full.
    /// </summary>
    public async Task<WorkerPass> RunOnceAsync(CancellationToken cancellationToken)
    {
        var workers = options.Value.Workers;
        var configured = Math.Max(1, workers.BatchSize);
        var batch = Math.Clamp(_claimSize, configured, configured * MaxClaimGrowth);
        // A claimed row is leased; keep the queue short so leases never run out while queued.
        Volatile.Write(ref _refillAt, batch / 2);
        while (_queue.Reader.Count > batch / 2)
        {
            await _queueDrained.WaitAsync(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        var token = WorkerIdentity.Claim(_identity);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var now = time.GetUtcNow();
        if (now >= _nextSliceCheck)
        {
            // A slice whose sender died or stopped becomes pending rows, claimed just below.
            _nextSliceCheck = now + workers.PollInterval;
            var recovered = await HandedOverSlices.RecoverAsync(
                db,
                token,
                now,
                now + workers.LeaseDuration,
                cancellationToken
            );
            if (recovered > 0)
            {
                LogSlicesRecovered(logger, recovered);
            }
        }

        var deliveries = await RowClaims.ClaimDeliveriesAsync(
            db,
            token,
            now,
            now + workers.LeaseDuration,
            batch,
            cancellationToken
        );
        _claimSize = deliveries.Count == batch ? batch * 2 : configured;
        if (deliveries.Count == 0)
        {
            return WorkerPass.Idle;
        }

        var subscriberIds = deliveries.Select(d => d.SubscriberId).Distinct().ToList();
        var subscribers = await db.Set<Subscriber>()
            .AsNoTracking()
            // One array/JSON parameter, not one per id (EF Core 10's default): binding thousands
            // of named parameters is quadratic in EF Core and in SQLite's name lookup.
            .Where(s => EF.Parameter(subscriberIds).Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        // Usually one payload for the whole claim: the deliveries of one notification share it.
        var payloadIds = deliveries.Select(d => d.PayloadId).Distinct().ToList();
        var payloads = await db.Set<DeliveryPayload>()
            .AsNoTracking()
            .Where(p => EF.Parameter(payloadIds).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        metrics.DeliveriesQueued(deliveries.Count, "claim");
        foreach (var delivery in deliveries)
        {
            // A missing payload (nothing deletes them; ADR 0171) fails its delivery, not the claim.
            if (payloads.TryGetValue(delivery.PayloadId, out var payload))
            {
                delivery.UsePayload(payload);
            }

            await _queue.Writer.WriteAsync(
                new ClaimedDelivery(delivery, subscribers.GetValueOrDefault(delivery.SubscriberId)),
                cancellationToken
            );
        }

        return WorkerPass.Of(deliveries.Count, deliveries.Count, batch);
    }

    private async Task SendLoopAsync(CancellationToken stoppingToken)
    {
        var workers = options.Value.Workers;
        try
        {
            await foreach (var claimed in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (_queue.Reader.Count <= Volatile.Read(ref _refillAt))
                {
                    _queueDrained.Wake();
                }

                handover.Dequeued(Room);

                var send = SendAsync(claimed, stoppingToken);
                // Waits up to SlowSendAfter (one timer; the send itself is not cancelled by it).
                await send.WaitAsync(workers.SlowSendAfter, time, stoppingToken)
                    .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

                if (send.IsCompleted || _slowSends.Count >= workers.SlowSendLimit)
                {
                    await send;
                    continue;
                }

                // A slow receiver (often one that will time out): let its send finish on its
                // own and serve the next delivery, so slow receivers cannot take every worker.
                _slowSends[claimed.Delivery.Id] = send;
                _ = send.ContinueWith(
                    _ => _slowSends.TryRemove(claimed.Delivery.Id, out Task? _),
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default
                );
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; leases of what was not sent are released by ExecuteAsync.
        }
    }

    /// <summary>One attempt; its outcome goes to the saver. Never throws except on shutdown.</summary>
    private async Task SendAsync(ClaimedDelivery claimed, CancellationToken cancellationToken)
    {
        var (delivery, subscriber, _) = claimed;
        ChannelResult? result = null;
        if (
            subscriber is not null
            && delivery.Content is not null
            && IsSendable(subscriber, delivery)
            && _channels.TryGetValue(subscriber.Type, out var channel)
        )
        {
            try
            {
                result = await channel.SendAsync(subscriber, delivery, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogSendFailed(logger, e, delivery.Id);
                result = ChannelResult.Failed("Unexpected error: " + e.Message);
            }
        }

        _outcomes.Writer.TryWrite(new DeliveryOutcome(claimed, result));
    }

    /// <summary>
    /// Saves outcomes as they come: whatever is ready is saved in one transaction (one write per
    /// group, not per delivery: SQLite has a single writer; PostgreSQL saves round trips).
    /// </summary>
    private async Task SaveLoopAsync()
    {
        var group = new List<DeliveryOutcome>();
        while (await _outcomes.Reader.WaitToReadAsync())
        {
            while (group.Count < MaxSaveGroup && _outcomes.Reader.TryRead(out var outcome))
            {
                group.Add(outcome);
            }

            if (group.Count < MaxSaveGroup / 4)
            {
                // Under load, wait a moment for more: a few larger transactions instead of many
                // small ones (SQLite's single writer is shared with the claimer and the API).
                await Task.Delay(SaveGatherDelay, time);
                while (group.Count < MaxSaveGroup && _outcomes.Reader.TryRead(out var outcome))
                {
                    group.Add(outcome);
                }
            }

            try
            {
                await SaveOutcomesAsync(group);
            }
            catch (Exception e)
            {
                // The leases run out and the deliveries are tried again: at least once, never lost.
                LogSaveFailed(logger, e, group.Count);
            }

            group.Clear();
        }
    }

    private async Task SaveOutcomesAsync(List<DeliveryOutcome> outcomes)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var disabled = new Dictionary<Guid, Subscriber>();
        var succeeded = new List<(Delivery Delivery, string? Token)>();
        var unstored = new List<DeliveryOutcome>();
        var now = time.GetUtcNow();
        foreach (var (claimed, result) in outcomes)
        {
            var delivery = claimed.Delivery;
            var subscriber = claimed.Subscriber;
            if (claimed.Slice is not null)
            {
                // No row yet (ADR 0184): its outcome is its first write, saved below.
                if (subscriber is not null)
                {
                    Settle(db, disabled, delivery, subscriber, result, now);
                }

                unstored.Add(new DeliveryOutcome(claimed, result));
                continue;
            }

            if (result is { Success: true, Deferred: false } && subscriber is not null)
            {
                // The common case, saved set-based below: one UPDATE per group, not per row.
                var token = delivery.LockedBy;
                Record(delivery, subscriber, result, now);
                succeeded.Add((delivery, token));
                continue;
            }

            // The row as claimed, attached unchanged: its LockedBy (our claim token) is the
            // original value of the concurrency token, so the UPDATE only applies while the lease
            // is still ours — and no second read of the rows is needed.
            db.Attach(delivery);
            if (subscriber is null)
            {
                // Stored by a fan-out that read the subscriber just before it was deleted: the
                // delete trigger did not see it yet (ADR 0172). It goes the way the rest did.
                db.Remove(delivery);
            }
            else
            {
                Settle(db, disabled, delivery, subscriber, result, now);
            }
        }

        var lost = await SaveSucceededAsync(db, succeeded);
        if (lost > 0)
        {
            LogLeasesLost(logger, lost);
        }

        await SaveHeldAsync(db);
        if (unstored.Count > 0)
        {
            await SaveUnstoredAsync(db, unstored);
        }

        var endedFollowers = outcomes
            .Select(o => o.Claimed.Subscriber)
            .Where(s => s?.FollowEndedAt is not null)
            .Select(s => s!.Id)
            .Distinct()
            .ToList();
        if (endedFollowers.Count > 0)
        {
            await RemoveFinishedFollowersAsync(db, endedFollowers);
        }
    }

    /// <summary>
    /// Records an outcome other than a plain success of a stored row: the attempt's result, or
    /// why it was not made. A subscriber that answered 410 Gone is disabled, tracked once.
    /// </summary>
    private void Settle(
        IncidentsDbContext db,
        Dictionary<Guid, Subscriber> disabled,
        Delivery delivery,
        Subscriber subscriber,
        ChannelResult? result,
        DateTimeOffset now
    )
    {
        if (result is not null)
        {
            if (result.Gone)
            {
                subscriber = disabled.TryGetValue(subscriber.Id, out var tracked)
                    ? tracked
                    : disabled[subscriber.Id] = db.Attach(subscriber).Entity;
            }

            Record(delivery, subscriber, result, now);
        }
        else if (delivery.Content is null)
        {
            delivery.Fail(null, "Its payload is missing; not sent.", null, now);
        }
        else if (!IsSendable(subscriber, delivery))
        {
            delivery.Fail(null, "Subscriber is disabled or unconfirmed; not sent.", null, now);
        }
        else
        {
            delivery.Fail(null, $"No channel for {subscriber.Type} subscribers.", null, now);
        }
    }

    /// <summary>
    /// Handed-over deliveries that have no row yet (ADR 0184): each inserted once, in its
    /// outcome state, and a slice's row deleted with its last outcome. Counted as stored only
    /// once committed: if the save fails, the slice's lease runs out and its deliveries without
    /// a row are sent again (at least once, as for a lost lease on a row).
    /// </summary>
    private static async Task SaveUnstoredAsync(
        IncidentsDbContext db,
        List<DeliveryOutcome> unstored
    )
    {
        var perSlice = unstored
            .GroupBy(o => o.Claimed.Slice!)
            .Select(g => (Slice: g.Key, Count: g.Count()))
            .ToList();
        var finished = perSlice.Where(s => s.Slice.Left == s.Count).Select(s => s.Slice).ToList();
        // A delivery whose subscriber was unknown was dropped (as a stored one is removed).
        var deliveries = unstored
            .Where(o => o.Claimed.Subscriber is not null)
            .Select(o => o.Claimed.Delivery)
            .ToList();
        await HandedOverSlices.SaveAsync(db, deliveries, finished, CancellationToken.None);
        foreach (var (slice, count) in perSlice)
        {
            slice.Stored(count);
        }
    }

    /// <summary>
    /// Successes as one UPDATE per (claim, response status, attempts) group — in practice one or
    /// two per save — each applying only to rows whose lease is still that claim's (the same
    /// check the concurrency token makes for single rows). The values are the ones
    /// <see cref="Delivery.Succeed"/> set on the claimed copies.
    /// </summary>
    /// <returns>How many of them had lost their lease (not saved).</returns>
    internal static async Task<int> SaveSucceededAsync(
        IncidentsDbContext db,
        List<(Delivery Delivery, string? Token)> succeeded
    )
    {
        if (succeeded.Count == 0)
        {
            return 0;
        }

        var lost = 0;
        await using var writing = await db.EnterWriteAsync(CancellationToken.None);
        foreach (
            var group in succeeded.GroupBy(s =>
                (s.Token, s.Delivery.ResponseStatus, s.Delivery.Attempts)
            )
        )
        {
            var ids = group.Select(s => s.Delivery.Id).ToList();
            var first = group.First().Delivery;
            var (token, status, attempts) = group.Key;
            var saved = await db.Set<Delivery>()
                .Where(d => EF.Parameter(ids).Contains(d.Id) && d.LockedBy == token)
                .ExecuteUpdateAsync(u =>
                    u.SetProperty(d => d.State, first.State)
                        .SetProperty(d => d.Attempts, attempts)
                        .SetProperty(d => d.LastAttemptAt, first.LastAttemptAt)
                        .SetProperty(d => d.ResponseStatus, status)
                        .SetProperty(d => d.LastError, (string?)null)
                        .SetProperty(d => d.DeferredReason, (string?)null)
                        .SetProperty(d => d.CompletedAt, first.CompletedAt)
                        .SetProperty(d => d.LockedBy, (string?)null)
                        .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null)
                );
            lost += ids.Count - saved;
        }

        return lost;
    }

    /// <summary>
    /// A follower whose incident has ended is removed once no mail to it is pending any more (its
    /// finished deliveries go with it, as when an admin deletes a subscriber).
    /// </summary>
    private static Task<int> RemoveFinishedFollowersAsync(IncidentsDbContext db, List<Guid> ids) =>
        db.Set<Subscriber>()
            .Where(s =>
                ids.Contains(s.Id)
                && s.FollowEndedAt != null
                && !db.Set<Delivery>()
                    .Any(d => d.SubscriberId == s.Id && d.State == DeliveryState.Pending)
            )
            .ExecuteDeleteAsync();

    private static bool IsSendable(Subscriber subscriber, Delivery delivery) =>
        subscriber.DisabledAt is null
        && (
            subscriber.IsConfirmed
            || delivery.EventType == NotificationEventTypes.SubscriptionConfirmation
        );

    /// <summary>Saves the group; rows whose lease another worker took meanwhile are dropped, the rest saved.</summary>
    private async Task SaveHeldAsync(IncidentsDbContext db)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                await db.SaveChangesAsync();
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

    public override void Dispose()
    {
        _queueDrained.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// A leased delivery waiting for a send worker, with its subscriber as read at claim time;
    /// with a <paramref name="Slice"/>, one handed over that has no row yet (ADR 0184).
    /// </summary>
    private sealed record ClaimedDelivery(
        Delivery Delivery,
        Subscriber? Subscriber,
        SliceInFlight? Slice = null
    );

    /// <summary>What one send produced; a null result means it was not sent (see the saver).</summary>
    private sealed record DeliveryOutcome(ClaimedDelivery Claimed, ChannelResult? Result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery sender pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Sending delivery {DeliveryId} failed unexpectedly; recorded as a failed attempt"
    )]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid deliveryId);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Saving {Count} delivery outcomes failed; they are retried when their leases expire"
    )]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Lease on delivery {DeliveryId} was lost before its result was saved"
    )]
    private static partial void LogLeaseLost(ILogger logger, Guid deliveryId);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Leases on {Count} delivered deliveries were lost before their results were saved"
    )]
    private static partial void LogLeasesLost(ILogger logger, int count);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Recovered {Count} handed-over slices whose sender stopped before storing their deliveries; the unsent ones are pending again"
    )]
    private static partial void LogSlicesRecovered(ILogger logger, int count);

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
