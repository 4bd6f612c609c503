using System.Diagnostics;
using Incidents.Infrastructure.Notifications;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// The workers' loop (ADR 0165): a burst of wake-ups is taken in few passes while busy, and no
/// wake-up is lost. Bounds only, never durations: the machines are shared and slow at times.
/// </summary>
public sealed class WorkerLoopTests
{
    [Fact]
    public async Task ABurstOfWakeUps_WhileBusy_StartsAtMostOnePassPerInterval_AndLosesNone()
    {
        var interval = TimeSpan.FromMilliseconds(400);
        using var signal = new WorkerSignal();
        using var stop = new CancellationTokenSource();
        var passStarts = new List<long>();
        var loop = WorkerLoop.RunAsync(
            _ =>
            {
                lock (passStarts)
                {
                    passStarts.Add(Stopwatch.GetTimestamp());
                }

                return Task.FromResult(WorkerPass.Idle);
            },
            signal,
            TimeSpan.FromMinutes(10),
            e => throw e,
            stop.Token,
            interval
        );
        await Eventually.WaitAsync(Count, n => n == 1, "the first pass runs at once");

        var burstStarted = Stopwatch.GetTimestamp();
        long lastWake = 0;
        for (var i = 0; i < 50; i++)
        {
            signal.Wake();
            lastWake = Stopwatch.GetTimestamp();
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        var elapsed = Stopwatch.GetElapsedTime(burstStarted);
        // Passes start at least an interval apart, so however slow the machine, the burst cannot
        // have caused more than one pass per interval it lasted (+1 for the one it started with).
        var bound = 1 + (int)Math.Ceiling(elapsed / interval) + 1;
        Assert.InRange(Count(), 1, bound);

        // The last wake-up is never lost: a pass starts after it.
        await Eventually.WaitAsync(
            () =>
            {
                lock (passStarts)
                {
                    return passStarts[^1] > lastWake;
                }
            },
            after => after,
            "a pass after the last wake-up"
        );
        var starts = Snapshot();
        for (var i = 1; i < starts.Count; i++)
        {
            // Every pass a wake-up started waited the interval since the previous one.
            Assert.True(
                Stopwatch.GetElapsedTime(starts[i - 1], starts[i]) >= interval * 0.99,
                $"passes {i - 1} and {i} started {Stopwatch.GetElapsedTime(starts[i - 1], starts[i]).TotalMilliseconds} ms apart"
            );
        }

        await stop.CancelAsync();
        await loop;

        int Count()
        {
            lock (passStarts)
            {
                return passStarts.Count;
            }
        }

        List<long> Snapshot()
        {
            lock (passStarts)
            {
                return [.. passStarts];
            }
        }
    }

    [Fact]
    public async Task WithoutAnInterval_EveryWakeUpAfterAPass_StartsAnotherPass()
    {
        using var signal = new WorkerSignal();
        using var stop = new CancellationTokenSource();
        var passes = 0;
        var loop = WorkerLoop.RunAsync(
            _ =>
            {
                Interlocked.Increment(ref passes);
                return Task.FromResult(WorkerPass.Idle);
            },
            signal,
            TimeSpan.FromMinutes(10),
            e => throw e,
            stop.Token
        );
        for (var i = 1; i <= 5; i++)
        {
            var before = Volatile.Read(ref passes);
            signal.Wake();
            await Eventually.WaitAsync(
                () => Volatile.Read(ref passes),
                n => n > before,
                $"wake-up {i} starts a pass"
            );
        }

        await stop.CancelAsync();
        await loop;
    }
}
