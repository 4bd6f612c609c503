namespace Incidents.Infrastructure.Notifications;

/// <summary>
/// The loop every notification worker runs: a pass; if it found work, wake the delivery loops and
/// go again at once; otherwise sleep until woken or until the poll interval (work committed by
/// other instances, or before a restart). A failed pass is reported and retried on the next turn.
/// </summary>
internal static class WorkerLoop
{
    public static async Task RunAsync(
        Func<CancellationToken, Task<int>> pass,
        WorkerSignal sleepOn,
        WorkerSignal wakeWhenWorkFound,
        TimeSpan pollInterval,
        Action<Exception> onPassFailed,
        CancellationToken stoppingToken
    )
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await pass(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                onPassFailed(e);
            }

            if (handled > 0)
            {
                // There may be more, and new deliveries may exist: let a sleeping sender join in.
                wakeWhenWorkFound.Wake();
                continue;
            }

            try
            {
                await sleepOn.WaitAsync(pollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
