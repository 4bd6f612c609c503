namespace Incidents.Infrastructure.Notifications;

/// <summary>
/// The loop every notification worker runs: a pass; if it says more work may be due (it took a
/// full batch), go again at once; otherwise sleep until woken or until the poll interval (work
/// committed by other instances, or before a restart). A wake-up that arrives during a pass is
/// kept (signals coalesce into one pending wake-up), so sleeping after a partial batch misses
/// nothing committed locally meanwhile. A failed pass is reported and retried on the next turn.
/// While busy, passes start at most once per <c>busyPassInterval</c>: a burst of commits (each one
/// a wake-up) is then taken in batches instead of one claim, one transaction and one write lock per
/// event; an isolated wake-up after a quiet spell still starts its pass at once (ADR 0165).
/// The pacing runs on <c>clock</c> (the real clock unless a test gives another): never on the
/// service's own TimeProvider, which tests freeze — a frozen pacing clock would stop the workers.
/// </summary>
internal static class WorkerLoop
{
    public static async Task RunAsync(
        Func<CancellationToken, Task<WorkerPass>> pass,
        WorkerSignal sleepOn,
        TimeSpan pollInterval,
        Action<Exception> onPassFailed,
        CancellationToken stoppingToken,
        TimeSpan busyPassInterval = default,
        TimeProvider? clock = null
    )
    {
        clock ??= TimeProvider.System;
        var lastPassStarted = long.MinValue;
        var woken = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var result = WorkerPass.Idle;
            try
            {
                if (woken && lastPassStarted != long.MinValue)
                {
                    var wait = busyPassInterval - clock.GetElapsedTime(lastPassStarted);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, clock, stoppingToken);
                    }
                }

                lastPassStarted = clock.GetTimestamp();
                result = await pass(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                onPassFailed(e);
            }

            if (result.MoreDue)
            {
                woken = false;
                continue;
            }

            try
            {
                woken = await sleepOn.WaitAsync(pollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

/// <summary>What a worker's pass did: how many rows it handled, and whether more may be due now.</summary>
internal readonly record struct WorkerPass(int Handled, bool MoreDue)
{
    public static WorkerPass Idle => new(0, false);

    /// <summary>A pass that took a full batch may have left more behind; a partial batch took all that was due.</summary>
    public static WorkerPass Of(int handled, int claimed, int batchSize) =>
        new(handled, claimed >= batchSize);
}
