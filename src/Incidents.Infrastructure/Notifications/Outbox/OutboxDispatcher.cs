using Incidents.Application.Common.Observability;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Deliveries;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.Notifications.Outbox;

/// <summary>
/// Reads committed outbox rows and runs the domain-event handlers for each (Mediator publish, in a
/// fresh scope). What the handlers write (deliveries) and the row's "processed" mark commit in one
/// transaction, and only while this worker still holds the row's lease — so each event is handled
/// once even with several instances, and a crash before commit leaves the row to be taken again.
/// The deliveries are stored leased to this instance's sender and handed to it after the commit
/// (<see cref="DeliveryHandover"/>); the sender is woken to claim only those that were not.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    NotificationSignals signals,
    DeliveryHandover handover,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    IncidentsMetrics metrics,
    ILogger<OutboxDispatcher> logger
) : BackgroundService
{
    private readonly string _identity = WorkerIdentity.New("outbox");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WorkerLoop.RunAsync(
            RunOnceAsync,
            signals.Outbox,
            options.Value.Workers.PollInterval,
            e => LogPassFailed(logger, e),
            stoppingToken,
            options.Value.Workers.BusyPassInterval
        );
        await ReleaseLeasesAsync();
    }

    /// <summary>
    /// One pass: claim a batch and handle it — all of it in one transaction when it holds several
    /// events (one commit and one "processed" UPDATE for the batch instead of one per event), or
    /// event by event when that fails (a failing handler, a lost lease), so one bad event never
    /// holds back the others.
    /// </summary>
    public async Task<WorkerPass> RunOnceAsync(CancellationToken cancellationToken)
    {
        var workers = options.Value.Workers;
        var token = WorkerIdentity.Claim(_identity);
        List<OutboxMessage> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            var now = time.GetUtcNow();
            claimed = await RowClaims.ClaimOutboxAsync(
                db,
                token,
                now,
                now + workers.LeaseDuration,
                workers.BatchSize,
                cancellationToken
            );
        }

        if (claimed.Count == 0)
        {
            return WorkerPass.Idle;
        }

        var handled = 0;
        if (
            claimed.Count > 1
            && claimed.TrueForAll(m => m.FanOutCursor is null)
            && await HandleTogetherAsync(claimed, token, cancellationToken)
        )
        {
            handled = claimed.Count;
        }
        else
        {
            foreach (var message in claimed)
            {
                // Stop claiming on shutdown; unhandled rows are released on the way out.
                cancellationToken.ThrowIfCancellationRequested();
                if (await HandleAsync(message, token, cancellationToken))
                {
                    handled++;
                }
            }
        }

        return WorkerPass.Of(handled, claimed.Count, workers.BatchSize);
    }

    /// <summary>
    /// Handles the whole batch in one transaction; false when anything went wrong (everything is
    /// rolled back and the caller handles the events one by one).
    /// </summary>
    private async Task<bool> HandleTogetherAsync(
        List<OutboxMessage> messages,
        string token,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(
                async ct =>
                {
                    db.ForgetChanges();
                    using var leased = BeginHandover();
                    await using var writing = await db.EnterWriteAsync(ct);
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var deliveries = 0;
                    foreach (var message in messages)
                    {
                        if (
                            await PublishAsync(db, publisher, message, leased, ct)
                            is not { } created
                        )
                        {
                            // A large fan-out commits in slices, alone: one by one it is.
                            await transaction.RollbackAsync(ct);
                            return false;
                        }

                        deliveries += created;
                    }

                    var now = time.GetUtcNow();
                    var ids = messages.Select(m => m.Id).ToList();
                    var marked = await MarkProcessedAsync(
                        db.OutboxMessages.Where(m =>
                            ids.Contains(m.Id) && m.LockedBy == token && m.ProcessedAt == null
                        ),
                        now,
                        ct
                    );
                    if (marked != messages.Count)
                    {
                        // A lease expired and another worker took its row: sort it out one by one.
                        await transaction.RollbackAsync(ct);
                        return false;
                    }

                    await transaction.CommitAsync(ct);
                    HandOver(leased, deliveries);
                    foreach (var message in messages)
                    {
                        metrics.OutboxProcessed(now - message.OccurredAt);
                    }

                    return true;
                },
                cancellationToken
            );
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Rolled back as a whole; one by one, the failing event backs off alone.
            LogBatchFailed(logger, e, messages.Count);
            return false;
        }
    }

    /// <summary>
    /// Handles one event; false if it was not handled (it is retried later). A
    /// large fan-out (more than <c>Workers:FanOutSlice</c> deliveries and nothing else to save),
    /// or one a crashed worker left half-written, commits in slices (ADR 0104).
    /// </summary>
    private async Task<bool> HandleAsync(
        OutboxMessage message,
        string token,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(
                async ct =>
                {
                    db.ForgetChanges();
                    List<Delivery> remaining;
                    using (var leased = BeginHandover())
                    await using (await db.EnterWriteAsync(ct))
                    await using (var transaction = await db.Database.BeginTransactionAsync(ct))
                    {
                        var added = await RunHandlersAsync(db, publisher, message, ct);
                        if (TakeSlicedFanOut(db, message, added) is not { } sliced)
                        {
                            leased.Lease(db.NewDeliveries, db.SubscribersAsRead());
                            await db.SaveChangesAsync(ct);
                            if (!await FinishAsync(db, message, token, ct))
                            {
                                await transaction.RollbackAsync(ct);
                                return false;
                            }

                            await transaction.CommitAsync(ct);
                            HandOver(leased, added);
                            return true;
                        }

                        // The first slice commits with the handlers' reads in one transaction.
                        remaining = sliced;
                        var (first, cursor) = await WriteSliceAsync(
                            db,
                            message,
                            token,
                            remaining,
                            leased,
                            ct
                        );
                        if (first < 0)
                        {
                            await transaction.RollbackAsync(ct);
                            return false;
                        }

                        await transaction.CommitAsync(ct);
                        HandOver(leased, first);
                        // Only once committed: a retry of this pass (execution strategy) resumes after it.
                        message.FanOutCursor = cursor ?? message.FanOutCursor;
                    }

                    var pacing = new HandoverPacing(
                        handover,
                        options.Value.Workers.HandoverQueue,
                        options.Value.Workers.HandoverWait,
                        time
                    );
                    while (remaining.Count > 0)
                    {
                        await pacing.BeforeSliceAsync(
                            Math.Min(
                                remaining.Count,
                                Math.Max(1, options.Value.Workers.FanOutSlice)
                            ),
                            ct
                        );
                        using var leased = BeginHandover();
                        await using (await db.EnterWriteAsync(ct))
                        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
                        {
                            var (slice, cursor) = await WriteSliceAsync(
                                db,
                                message,
                                token,
                                remaining,
                                leased,
                                ct
                            );
                            if (slice < 0)
                            {
                                await transaction.RollbackAsync(ct);
                                return false;
                            }

                            await transaction.CommitAsync(ct);
                            HandOver(leased, slice);
                            message.FanOutCursor = cursor ?? message.FanOutCursor;
                        }
                    }

                    return true;
                },
                cancellationToken
            );
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            LogHandlerFailed(logger, e, message.Id, message.Type);
            await BackOffAsync(message, token, e);
            return false;
        }
    }

    /// <summary>
    /// Runs the event's handlers without saving; returns how many deliveries they added, each
    /// named with the event it came from (unique per subscriber: ADR 0104).
    /// </summary>
    private static async Task<int> RunHandlersAsync(
        IncidentsDbContext db,
        IPublisher publisher,
        OutboxMessage message,
        CancellationToken cancellationToken
    )
    {
        var domainEvent = DomainEventTypes.FromOutboxMessage(message);
        if (domainEvent is null)
        {
            return 0;
        }

        await publisher.Publish(domainEvent, cancellationToken);
        foreach (var delivery in db.NewDeliveries)
        {
            delivery.FannedOutFrom(message.Id);
        }

        return db.NewDeliveries.Count;
    }

    /// <summary>
    /// Whether this fan-out commits in slices: it is larger than a slice and the handlers changed
    /// nothing else (a resolve that ends followers saves in one transaction, so a follower's last
    /// mail can never leave before its end is recorded), or an earlier worker already committed
    /// slices of it. If so, its new deliveries are taken from the context (the save will not
    /// write them) in subscriber order, without those up to the cursor (already committed).
    /// </summary>
    private List<Delivery>? TakeSlicedFanOut(
        IncidentsDbContext db,
        OutboxMessage message,
        int added
    )
    {
        var slice = Math.Max(1, options.Value.Workers.FanOutSlice);
        if (message.FanOutCursor is null && added <= slice)
        {
            return null;
        }

        // The handlers' other changes are tracked; the deliveries are not (IncidentsDbContext.AddDelivery).
        if (message.FanOutCursor is null && db.ChangeTracker.HasChanges())
        {
            return null;
        }

        var cursor = message.FanOutCursor;
        return db.TakeNewDeliveries()
            .Where(d => cursor is null || d.SubscriberId.CompareTo(cursor.Value) > 0)
            .OrderBy(d => d.SubscriberId)
            .ToList();
    }

    /// <summary>
    /// Writes the next slice of <paramref name="remaining"/> (removing it from the list) in the
    /// open transaction, and — while the lease is still ours — either moves the event's cursor
    /// to the slice's last subscriber and renews the lease, or, for the last slice, saves what
    /// else the handlers changed and marks the event processed. Returns the deliveries written
    /// and the new cursor (null after the last slice), or -1 when the lease was lost (the caller
    /// rolls back; the new holder resumes at the cursor). The slice leaves the list only once
    /// written, so a failed commit is not skipped. The slice is leased to the sender as far as
    /// it has room (handed over by the caller after the commit).
    /// </summary>
    private async Task<(int Written, Guid? Cursor)> WriteSliceAsync(
        IncidentsDbContext db,
        OutboxMessage message,
        string token,
        List<Delivery> remaining,
        LeasedToSender leased,
        CancellationToken cancellationToken
    )
    {
        var size = Math.Min(Math.Max(1, options.Value.Workers.FanOutSlice), remaining.Count);
        var slice = remaining.GetRange(0, size);
        if (slice.Count > 0)
        {
            leased.Lease(slice, db.SubscribersAsRead());
            await db.InsertFanOutSliceAsync(slice, cancellationToken);
        }

        bool held;
        Guid? next = null;
        if (size == remaining.Count)
        {
            await db.SaveChangesAsync(cancellationToken);
            held = await FinishAsync(db, message, token, cancellationToken);
        }
        else
        {
            var cursor = slice[^1].SubscriberId;
            var until = time.GetUtcNow() + options.Value.Workers.LeaseDuration;
            held =
                await db
                    .OutboxMessages.Where(m =>
                        m.Id == message.Id && m.LockedBy == token && m.ProcessedAt == null
                    )
                    .ExecuteUpdateAsync(
                        s =>
                            s.SetProperty(m => m.FanOutCursor, cursor)
                                .SetProperty(m => m.LockedUntil, until),
                        cancellationToken
                    ) == 1;
            next = cursor;
            if (!held)
            {
                LogLeaseLost(logger, message.Id);
            }
        }

        if (!held)
        {
            return (-1, null);
        }

        remaining.RemoveRange(0, size);
        return (size, next);
    }

    /// <summary>Marks the event processed if the lease is still ours (else logs it: the new holder's result stands).</summary>
    private async Task<bool> FinishAsync(
        IncidentsDbContext db,
        OutboxMessage message,
        string token,
        CancellationToken cancellationToken
    )
    {
        var now = time.GetUtcNow();
        var marked = await MarkProcessedAsync(
            db.OutboxMessages.Where(m =>
                m.Id == message.Id && m.LockedBy == token && m.ProcessedAt == null
            ),
            now,
            cancellationToken
        );
        if (marked == 0)
        {
            LogLeaseLost(logger, message.Id);
            return false;
        }

        metrics.OutboxProcessed(now - message.OccurredAt);
        return true;
    }

    /// <summary>
    /// Runs the event's handlers and saves what they wrote; returns the deliveries they created,
    /// or null when the event must be handled alone (a fan-out to commit in slices).
    /// </summary>
    private async Task<int?> PublishAsync(
        IncidentsDbContext db,
        IPublisher publisher,
        OutboxMessage message,
        LeasedToSender leased,
        CancellationToken cancellationToken
    )
    {
        var deliveries = await RunHandlersAsync(db, publisher, message, cancellationToken);
        if (deliveries > Math.Max(1, options.Value.Workers.FanOutSlice))
        {
            return null;
        }

        leased.Lease(db.NewDeliveries, db.SubscribersAsRead());
        await db.SaveChangesAsync(cancellationToken);
        return deliveries;
    }

    /// <summary>Starts leasing new deliveries to this instance's sender, for one transaction (ADR 0170).</summary>
    private LeasedToSender BeginHandover() =>
        handover.Begin(time.GetUtcNow() + options.Value.Workers.LeaseDuration);

    /// <summary>After a commit: the leased deliveries go to the sender; it is woken to claim the rest, if any.</summary>
    private void HandOver(LeasedToSender leased, int written)
    {
        var handed = leased.Hand();
        if (handed > 0)
        {
            metrics.DeliveriesQueued(handed, "handover");
        }

        if (handed < written)
        {
            signals.Deliveries.Wake();
        }
    }

    private static Task<int> MarkProcessedAsync(
        IQueryable<OutboxMessage> rows,
        DateTimeOffset now,
        CancellationToken cancellationToken
    ) =>
        rows.ExecuteUpdateAsync(
            s =>
                s.SetProperty(m => m.ProcessedAt, now)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LockedBy, (string?)null)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.LastError, (string?)null),
            cancellationToken
        );

    /// <summary>A failing handler must not spin: keep the lease for a growing delay, then retry.</summary>
    private async Task BackOffAsync(OutboxMessage message, string token, Exception error)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var delay = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Min(message.Attempts, 9))));
        var until = time.GetUtcNow() + delay;
        var text = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
        await using var writing = await db.EnterWriteAsync(CancellationToken.None);
        await db
            .OutboxMessages.Where(m => m.Id == message.Id && m.LockedBy == token)
            .ExecuteUpdateAsync(s =>
                s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LockedUntil, until)
                    .SetProperty(m => m.LastError, text)
            );
    }

    private async Task ReleaseLeasesAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            await RowClaims.ReleaseOutboxAsync(
                scope.ServiceProvider.GetRequiredService<IncidentsDbContext>(),
                _identity,
                timeout.Token
            );
        }
        catch (Exception e)
        {
            // The leases expire on their own; releasing only makes the hand-over faster.
            LogReleaseFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatcher pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Handling outbox message {MessageId} ({Type}) failed; it will be retried"
    )]
    private static partial void LogHandlerFailed(
        ILogger logger,
        Exception exception,
        Guid messageId,
        string type
    );

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Handling {Count} outbox messages together failed; handling them one by one"
    )]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Lease on outbox message {MessageId} was lost before commit; another worker handles it"
    )]
    private static partial void LogLeaseLost(ILogger logger, Guid messageId);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Releasing outbox leases on shutdown failed"
    )]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);
}
