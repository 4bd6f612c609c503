using Incidents.Infrastructure.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// The workers' loop (ADR 0165): a burst of wake-ups is taken in few passes while busy, and no
/// wake-up is lost. Bounds only, never durations: the machines are shared and slow at times.
/// </summary>
public sealed class WorkerLoopTests
{
    /// <summary>
    /// On a fake pacing clock, so the spacing of passes is exact whatever the machine's load (on
    /// the real clock the pass's own timestamp could be taken tens of milliseconds after the
    /// loop's under load, and the test failed with "371 ms apart" for a 400 ms interval).
    /// </summary>
    [Fact]
    public async Task ABurstOfWakeUps_WhileBusy_StartsAtMostOnePassPerInterval_AndLosesNone()
    {
        var interval = TimeSpan.FromMilliseconds(400);
        var clock = new FakeTimeProvider();
        using var signal = new WorkerSignal();
        using var stop = new CancellationTokenSource();
        var passStarts = new List<long>();
        var loop = WorkerLoop.RunAsync(
            _ =>
            {
                lock (passStarts)
                {
                    passStarts.Add(clock.GetTimestamp());
                }

                return Task.FromResult(WorkerPass.Idle);
            },
            signal,
            TimeSpan.FromMinutes(10),
            e => throw e,
            stop.Token,
            interval,
            clock
        );
        await Eventually.WaitAsync(Count, n => n == 1, "the first pass runs at once");

        // A burst while the clock stands still: no second pass may start before the interval.
        for (var i = 0; i < 50; i++)
        {
            signal.Wake();
            await Task.Delay(2, TestContext.Current.CancellationToken);
        }

        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Equal(1, Count());

        // Once the interval has passed, the burst starts exactly one pass (wake-ups coalesce).
        clock.Advance(interval);
        await Eventually.WaitAsync(Count, n => n == 2, "one pass for the burst");
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Equal(2, Count());

        // A wake-up after that pass is not lost: it starts a pass an interval later.
        signal.Wake();
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Equal(2, Count());
        clock.Advance(interval);
        await Eventually.WaitAsync(Count, n => n == 3, "a pass for the last wake-up");

        var starts = Snapshot();
        for (var i = 1; i < starts.Count; i++)
        {
            Assert.Equal(interval, clock.GetElapsedTime(starts[i - 1], starts[i]));
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
