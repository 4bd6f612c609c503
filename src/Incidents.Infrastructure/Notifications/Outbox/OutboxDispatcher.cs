using Incidents.Application.Common.Observability;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Deliveries;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
    /// Handles one event; false if it was not handled (it is retried later). A large fan-out
    /// (more than <c>Workers:FanOutSlice</c> deliveries and nothing else to save), or one a
    /// crashed worker left half-written, commits in slices (ADR 0104). A fan-out the handlers
    /// declared alone is read a slice of subscribers at a time, each slice committed before the
    /// next is read (ADR 0183); several are read whole first, and sliced from memory.
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
                    var size = SliceSize;
                    List<Delivery>? remaining = null;
                    FanOut? streamed = null;
                    FanOutPart? part = null;
                    using (var leased = BeginHandover())
                    await using (await db.EnterWriteAsync(ct))
                    await using (var transaction = await db.Database.BeginTransactionAsync(ct))
                    {
                        await PublishEventAsync(publisher, message, ct);
                        var fanOuts = db.TakeFanOuts();
                        if (Streams(db, message, fanOuts))
                        {
                            // The first slice's subscribers are read with the handlers' reads.
                            part = await db.ReadFanOutAsync(
                                fanOuts[0],
                                message.FanOutCursor,
                                size,
                                size,
                                ct
                            );
                            if (message.FanOutCursor is null && part.Complete)
                            {
                                // All of it was read at once: saved like any other event's
                                // deliveries (in slices from memory if it is still larger).
                                part.Deliveries.ForEach(db.AddDelivery);
                                part = null;
                            }
                            else
                            {
                                Stamp(part.Deliveries, message);
                                streamed = fanOuts[0];
                            }
                        }
                        else
                        {
                            await AddWholeAsync(db, fanOuts, ct);
                        }

                        if (streamed is null)
                        {
                            Stamp(db.NewDeliveries, message);
                            remaining = TakeSlicedFanOut(db, message, db.NewDeliveries.Count);
                        }

                        if (streamed is null && remaining is null)
                        {
                            var added = db.NewDeliveries.Count;
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
                        var (slice, cursor, last) = part is not null
                            ? (part.Deliveries, part.Last, part.Complete)
                            : NextSlice(remaining!, size);
                        if (
                            !await CommitSliceAsync(
                                db,
                                message,
                                token,
                                (slice, cursor, last),
                                leased,
                                transaction,
                                ct
                            )
                        )
                        {
                            return false;
                        }

                        remaining?.RemoveRange(0, slice.Count);
                        if (last)
                        {
                            return true;
                        }
                    }

                    var pacing = new HandoverPacing(
                        handover,
                        options.Value.Workers.HandoverQueue,
                        options.Value.Workers.HandoverWait,
                        time
                    );
                    while (true)
                    {
                        List<Delivery> slice;
                        Guid? cursor;
                        bool last;
                        if (streamed is not null)
                        {
                            // Read outside the write lock (a deleted subscriber's delivery is the
                            // sender's to drop, ADR 0172), and before the wait for room below, so
                            // the slice is ready to write as soon as the sender has room for it.
                            part = await db.ReadFanOutAsync(
                                streamed,
                                message.FanOutCursor,
                                size,
                                size,
                                ct
                            );
                            Stamp(part.Deliveries, message);
                            (slice, cursor, last) = (part.Deliveries, part.Last, part.Complete);
                        }
                        else
                        {
                            (slice, cursor, last) = NextSlice(remaining!, size);
                        }

                        await pacing.BeforeSliceAsync(slice.Count, ct);
                        if (
                            !await CommitNextSliceAsync(
                                db,
                                message,
                                token,
                                (slice, cursor, last),
                                ct
                            )
                        )
                        {
                            return false;
                        }

                        remaining?.RemoveRange(0, slice.Count);
                        if (last)
                        {
                            return true;
                        }
                    }
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

    /// <summary>Runs the event's handlers without saving (an event type this version does not know has none).</summary>
    private static async Task PublishEventAsync(
        IPublisher publisher,
        OutboxMessage message,
        CancellationToken cancellationToken
    )
    {
        if (DomainEventTypes.FromOutboxMessage(message) is { } domainEvent)
        {
            await publisher.Publish(domainEvent, cancellationToken);
        }
    }

    private int SliceSize => Math.Max(1, options.Value.Workers.FanOutSlice);

    /// <summary>
    /// Whether the event's fan-out is read a slice at a time: the handlers declared one fan-out
    /// and added nothing else — or an earlier worker already committed slices of it.
    /// </summary>
    private static bool Streams(
        IncidentsDbContext db,
        OutboxMessage message,
        List<FanOut> fanOuts
    ) =>
        fanOuts.Count == 1
        && db.NewDeliveries.Count == 0
        && (message.FanOutCursor is not null || !db.ChangeTracker.HasChanges());

    /// <summary>Reads the subscribers of each fan-out whole and adds their deliveries to the unit of work.</summary>
    private async Task AddWholeAsync(
        IncidentsDbContext db,
        List<FanOut> fanOuts,
        CancellationToken cancellationToken
    )
    {
        foreach (var fanOut in fanOuts)
        {
            var part = await db.ReadFanOutAsync(
                fanOut,
                null,
                int.MaxValue,
                SliceSize,
                cancellationToken
            );
            part.Deliveries.ForEach(db.AddDelivery);
        }
    }

    /// <summary>Names each new delivery with the event it came from (unique per subscriber: ADR 0104).</summary>
    private static void Stamp(IEnumerable<Delivery> deliveries, OutboxMessage message)
    {
        foreach (var delivery in deliveries)
        {
            delivery.FannedOutFrom(message.Id);
        }
    }

    /// <summary>The next slice of a fan-out held in memory, the cursor after it, and whether it is the last.</summary>
    private static (List<Delivery> Slice, Guid? Cursor, bool Last) NextSlice(
        List<Delivery> remaining,
        int size
    )
    {
        var slice = remaining.GetRange(0, Math.Min(size, remaining.Count));
        return (
            slice,
            slice.Count > 0 ? slice[^1].SubscriberId : null,
            slice.Count == remaining.Count
        );
    }

    /// <summary>One slice after the first, in a transaction of its own; false when the lease was lost.</summary>
    private async Task<bool> CommitNextSliceAsync(
        IncidentsDbContext db,
        OutboxMessage message,
        string token,
        (List<Delivery> Deliveries, Guid? Cursor, bool Last) slice,
        CancellationToken cancellationToken
    )
    {
        using var leased = BeginHandover();
        await using var writing = await db.EnterWriteAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return await CommitSliceAsync(
            db,
            message,
            token,
            slice,
            leased,
            transaction,
            cancellationToken
        );
    }

    /// <summary>
    /// Writes a slice in the open transaction (<see cref="WriteSliceAsync"/>) and commits it, then
    /// hands it to the sender and moves the in-memory cursor — only once committed, so a retry of
    /// the pass (execution strategy) resumes after it. False, rolled back, when the lease was lost.
    /// </summary>
    private async Task<bool> CommitSliceAsync(
        IncidentsDbContext db,
        OutboxMessage message,
        string token,
        (List<Delivery> Deliveries, Guid? Cursor, bool Last) slice,
        LeasedToSender leased,
        IDbContextTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        var (deliveries, cursor, last) = slice;
        if (
            !await WriteSliceAsync(
                db,
                message,
                token,
                deliveries,
                cursor,
                last,
                leased,
                cancellationToken
            )
        )
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        HandOver(leased, deliveries.Count);
        message.FanOutCursor = last ? message.FanOutCursor : cursor;
        return true;
    }

    /// <summary>
    /// Whether the handlers' deliveries commit in slices (taken from the context, in subscriber
    /// order, without those up to the cursor — already committed): the fan-out is larger than a
    /// slice and the handlers changed nothing else (a resolve that ends followers saves in one
    /// transaction, so a follower's last mail can never leave before its end is recorded), or an
    /// earlier worker already committed slices of it. Null: saved in one transaction.
    /// </summary>
    private List<Delivery>? TakeSlicedFanOut(
        IncidentsDbContext db,
        OutboxMessage message,
        int added
    )
    {
        if (message.FanOutCursor is null && added <= SliceSize)
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
    /// Writes a slice in the open transaction and — while the lease is still ours — either moves
    /// the event's cursor to <paramref name="cursor"/> (the slice's last subscriber) and renews
    /// the lease, or, for the last slice, saves what else the handlers changed and marks the
    /// event processed. False when the lease was lost (the caller rolls back; the new holder
    /// resumes at the cursor). The slice is leased to the sender as far as it has room (handed
    /// over by the caller after the commit).
    /// </summary>
    private async Task<bool> WriteSliceAsync(
        IncidentsDbContext db,
        OutboxMessage message,
        string token,
        List<Delivery> slice,
        Guid? cursor,
        bool last,
        LeasedToSender leased,
        CancellationToken cancellationToken
    )
    {
        if (slice.Count > 0)
        {
            leased.Lease(slice, db.SubscribersAsRead());
            var rows = slice;
            if (db.StoresHandedOverAfterSend)
            {
                // What the sender takes is stored once, with its outcome (ADR 0184): here only
                // one row for all of it, which a sender that dies mid-slice leaves to recover.
                var (handed, inRow, rest) = leased.StoreAfterSend(slice);
                if (handed is not null)
                {
                    await db.InsertHandedOverSliceAsync(handed, inRow, cancellationToken);
                    rows = rest;
                }
            }

            if (rows.Count > 0)
            {
                await db.InsertFanOutSliceAsync(rows, cancellationToken);
            }
        }

        if (last)
        {
            await db.SaveChangesAsync(cancellationToken);
            return await FinishAsync(db, message, token, cancellationToken);
        }

        var until = time.GetUtcNow() + options.Value.Workers.LeaseDuration;
        var held =
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
        if (!held)
        {
            LogLeaseLost(logger, message.Id);
        }

        return held;
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
        await PublishEventAsync(publisher, message, cancellationToken);
        foreach (var fanOut in db.TakeFanOuts())
        {
            // Read only until it is known to be larger than a slice: that one goes alone.
            var part = await db.ReadFanOutAsync(
                fanOut,
                null,
                SliceSize + 1,
                SliceSize,
                cancellationToken
            );
            if (!part.Complete)
            {
                return null;
            }

            part.Deliveries.ForEach(db.AddDelivery);
        }

        var deliveries = db.NewDeliveries.Count;
        if (deliveries > SliceSize)
        {
            return null;
        }

        Stamp(db.NewDeliveries, message);
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
