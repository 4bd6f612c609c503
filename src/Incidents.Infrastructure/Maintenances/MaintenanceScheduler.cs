using Incidents.Application.Maintenances.Commands.RunDueMaintenance;
using Incidents.Application.Maintenances.Common;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.Maintenances;

/// <summary>
/// Drives maintenances by the clock. Each pass sends <see cref="RunDueMaintenanceCommand"/> for
/// every maintenance whose NextDueAt has come (through the mediator pipeline: one unit of work, its
/// timeline entry, audit entry and outbox rows), then reads the earliest NextDueAt and sleeps until
/// then — or until a local commit changes a maintenance, or at most the idle poll interval. Idle,
/// that is two indexed queries per interval. Several instances may run it: the aggregate's
/// concurrency token lets exactly one of them commit each transition (ADR 0050). Work that fell
/// due while every instance was down is simply due at the first pass after start.
/// </summary>
internal sealed partial class MaintenanceScheduler(
    IServiceScopeFactory scopes,
    MaintenanceSchedulerSignal signal,
    IOptions<MaintenanceSchedulerOptions> options,
    TimeProvider time,
    ILogger<MaintenanceScheduler> logger
) : BackgroundService
{
    private int _passes;
    private int _sleeps;
    private volatile bool _sleeping;

    /// <summary>Passes run so far (each costs two queries when nothing is due).</summary>
    public int Passes => Volatile.Read(ref _passes);

    /// <summary>Sleeps begun so far; with <see cref="IsSleeping"/>, lets tests move a fake clock only once the timer is set.</summary>
    public int Sleeps => Volatile.Read(ref _sleeps);

    public bool IsSleeping => _sleeping;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var pass = await RunOnceAsync(stoppingToken);
                wait = SleepFor(pass);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogPassFailed(logger, e);
                wait = options.Value.FailureBackoff;
            }

            if (!await SleepAsync(wait, stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Does everything due now; returns how many transitions committed here, whether any failed,
    /// and the earliest due time left.
    /// </summary>
    public async Task<SchedulerPass> RunOnceAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _passes);
        var batchSize = options.Value.BatchSize;
        var failed = new HashSet<Guid>();
        var transitions = 0;
        while (true)
        {
            IReadOnlyList<DueMaintenance> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                due = await scope
                    .ServiceProvider.GetRequiredService<IMaintenanceScheduleReader>()
                    .ListDueAsync(time.GetUtcNow(), batchSize, cancellationToken);
            }

            var fresh = due.Where(d => !failed.Contains(d.MaintenanceId)).ToList();
            foreach (var item in fresh)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var result = await scope
                        .ServiceProvider.GetRequiredService<IMediator>()
                        .Send(
                            new RunDueMaintenanceCommand(item.PageId, item.MaintenanceId),
                            cancellationToken
                        );
                    transitions += result.Transitions.Count;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception e)
                {
                    // One broken maintenance must not hold up the others; it is retried after a backoff.
                    LogTransitionFailed(logger, e, item.MaintenanceId);
                    failed.Add(item.MaintenanceId);
                }
            }

            if (due.Count < batchSize || fresh.Count == 0)
            {
                break;
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var next = await scope
                .ServiceProvider.GetRequiredService<IMaintenanceScheduleReader>()
                .NextDueAtAsync(cancellationToken);
            return new SchedulerPass(transitions, failed.Count > 0, next);
        }
    }

    private TimeSpan SleepFor(SchedulerPass pass)
    {
        var settings = options.Value;
        var wait = pass.NextDueAt is { } next ? next - time.GetUtcNow() : settings.IdlePollInterval;
        if (pass.AnyFailed && wait < settings.FailureBackoff)
        {
            wait = settings.FailureBackoff;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero
            : wait > settings.IdlePollInterval ? settings.IdlePollInterval
            : wait;
    }

    /// <summary>Sleeps on the injected clock (a fake one in tests) unless woken; false when stopping.</summary>
    private async Task<bool> SleepAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        if (wait <= TimeSpan.Zero)
        {
            return !stoppingToken.IsCancellationRequested;
        }

        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(wait, time, either.Token);
        var woken = signal.Changed.WaitAsync(Timeout.InfiniteTimeSpan, either.Token);
        _sleeping = true;
        Interlocked.Increment(ref _sleeps);
        await Task.WhenAny(delay, woken);
        _sleeping = false;
        await either.CancelAsync();
        try
        {
            await Task.WhenAll(delay, woken);
        }
        catch (OperationCanceledException)
        {
            // The one that did not finish was cancelled above.
        }

        return !stoppingToken.IsCancellationRequested;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Maintenance scheduler pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Running the due transitions of maintenance {MaintenanceId} failed; it will be retried"
    )]
    private static partial void LogTransitionFailed(
        ILogger logger,
        Exception exception,
        Guid maintenanceId
    );
}
