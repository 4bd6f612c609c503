// Where a request's wall time goes inside the process, stage by stage (issue 16). Loaded into any
// ASP.NET Core app with DOTNET_STARTUP_HOOKS=…/StageHook.dll, it changes no code of the app: it
// listens to the host's, MVC's and EF Core's DiagnosticListener events and to Npgsql's
// ActivitySource, stamps each event of a request (Stopwatch ticks, the request found through an
// AsyncLocal set when the host begins it), and every HOOK_REPORT requests (3000; 0: never, and nothing is kept) after the first
// HOOK_SKIP (0) prints to stderr each event's median offset from the request's start, the gap
// between one request's end and the next one's start (zz.gap-since-last-end, for a client at
// concurrency 1), and the thread hops per request. npgsql.start → npgsql.received-first-response
// is the database round trip as the process sees it: writing the batch, PostgreSQL's work and
// the wake-up that reads the answer. HOOK_DUMP=FILE appends each round trip's start and end
// (CLOCK_MONOTONIC ns) to FILE at every report. HOOK_SLOW_MS=N prints a line for every request
// that took N ms or more, with the stages that held it (a stall, located). Used by
// bench/write/pg-round-trip.sh, bench/profile/during-round-trip.sh and bench/write/stalls.sh.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

/// <summary>The startup hook's entry point (the name and shape the runtime looks for).</summary>
internal static class StartupHook
{
    private static readonly AsyncLocal<Timeline?> Current = new();
    private static readonly object Gate = new();
    private static readonly int Skip = Setting("HOOK_SKIP", 0);
    private static readonly int Report = Setting("HOOK_REPORT", 3000);
    private static Dictionary<string, List<double>> _offsets = [];
    private static readonly Dictionary<string, int> Hops = [];
    private static readonly string? DumpPath = Environment.GetEnvironmentVariable("HOOK_DUMP");
    private static readonly int SlowMs = Setting("HOOK_SLOW_MS", 0);
    private static readonly List<(long Start, long Stop)> RoundTrips = [];
    private static int _requests;
    private static long _workItems;
    private static long _lastEnd;

    // The watch thread's last samples (one per tick): a gap between requests is read against them.
    private static readonly (
        long Ticks,
        long Pending,
        int Threads,
        long Completed,
        TimeSpan Cpu
    )[] Samples = new (long, long, int, long, TimeSpan)[512];
    private static int _samples;

    public static void Initialize()
    {
        DiagnosticListener.AllListeners.Subscribe(new ListenerObserver());
        if (SlowMs > 0)
        {
            new Thread(WatchForHiccups) { IsBackground = true, Name = "hiccup watch" }.Start();
        }

        ActivitySource.AddActivityListener(
            new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                    ActivitySamplingResult.AllData,
                ActivityStarted = _ => Current.Value?.Add("npgsql.start", Stopwatch.GetTimestamp()),
                ActivityStopped = NpgsqlStopped,
            }
        );
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    private static void NpgsqlStopped(Activity activity)
    {
        if (Current.Value is not { } timeline)
        {
            return;
        }

        // Npgsql stamps "received-first-response" as an event; convert its wall-clock time to ticks.
        var now = Stopwatch.GetTimestamp();
        var utcNow = DateTimeOffset.UtcNow;
        foreach (var activityEvent in activity.Events)
        {
            var ago = (utcNow - activityEvent.Timestamp).Ticks;
            timeline.Add(
                "npgsql." + activityEvent.Name,
                now - (ago * Stopwatch.Frequency / TimeSpan.TicksPerSecond),
                onThisThread: false
            );
        }

        timeline.Add("npgsql.stop", now, onThisThread: false);
    }

    private static void OnEvent(string key)
    {
        var now = Stopwatch.GetTimestamp();
        if (key == "Microsoft.AspNetCore.Hosting.BeginRequest")
        {
            var timeline = new Timeline(now)
            {
                WorkItemsAtStart = ThreadPool.CompletedWorkItemCount,
                // Only read when slow requests are printed: the hook adds nothing otherwise.
                CollectionsAtStart = SlowMs > 0 ? Collections() : default,
            };
            var lastEnd = Interlocked.Read(ref _lastEnd);
            if (lastEnd != 0)
            {
                // Stored as an offset equal to the gap, so it prints with the stages.
                timeline.Add("zz.gap-since-last-end", now + (now - lastEnd));
                if (SlowMs > 0 && (now - lastEnd) * 1000 / Stopwatch.Frequency >= SlowMs)
                {
                    PrintGap(lastEnd, now);
                }
            }

            Current.Value = timeline;
            return;
        }

        if (Current.Value is not { } current)
        {
            return;
        }

        var name = key.Replace("Microsoft.AspNetCore.", "asp.", StringComparison.Ordinal)
            .Replace("Microsoft.EntityFrameworkCore.", "ef.", StringComparison.Ordinal);
        current.Add(name, now);
        if (key == "Microsoft.AspNetCore.Hosting.EndRequest")
        {
            Interlocked.Exchange(ref _lastEnd, now);
            Current.Value = null;
            current.WorkItems = ThreadPool.CompletedWorkItemCount - current.WorkItemsAtStart;
            if (SlowMs > 0 && (now - current.Start) * 1000 / Stopwatch.Frequency >= SlowMs)
            {
                PrintSlow(current, now);
            }

            Record(current);
        }
    }

    /// <summary>
    /// A request can stall outside the span the hook times (BeginRequest to EndRequest): while
    /// the whole process is held (a collection's pause) or this process is not scheduled. A
    /// thread that sleeps 5 ms at a time sees both: it prints a line when it woke half of
    /// HOOK_SLOW_MS late or more, or when the collections' total pause grew 10 ms or more. It
    /// also prints a span of that length or more in which work was queued for the thread pool
    /// but no pool thread finished any (all of them busy or blocked).
    /// </summary>
    private static void WatchForHiccups()
    {
        var tick = TimeSpan.FromMilliseconds(5);
        long starvedSince = 0;
        while (true)
        {
            var before = Stopwatch.GetTimestamp();
            var pausedBefore = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = Collections();
            var completed = ThreadPool.CompletedWorkItemCount;
            lock (Samples)
            {
                Samples[_samples++ % Samples.Length] = (
                    before,
                    ThreadPool.PendingWorkItemCount,
                    ThreadPool.ThreadCount,
                    completed,
                    Environment.CpuUsage.TotalTime
                );
            }

            Thread.Sleep(tick);
            var late = Stopwatch.GetElapsedTime(before) - tick;
            var paused = GC.GetTotalPauseDuration() - pausedBefore;

            // Work queued while no pool thread finished any: every thread busy or blocked.
            var starved =
                ThreadPool.PendingWorkItemCount > 0
                && ThreadPool.CompletedWorkItemCount == completed;
            if (starved && starvedSince == 0)
            {
                starvedSince = before;
            }
            else if (!starved && starvedSince != 0)
            {
                var span = Stopwatch.GetElapsedTime(starvedSince);
                starvedSince = 0;
                if (span.TotalMilliseconds >= SlowMs / 2.0)
                {
                    Console.Error.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"hiccup {DateTime.UtcNow:HH:mm:ss.fff} thread pool finished nothing with work queued for {span.TotalMilliseconds:F1} ms ({ThreadPool.ThreadCount} threads)"
                        )
                    );
                }
            }

            if (late.TotalMilliseconds >= SlowMs / 2.0 || paused.TotalMilliseconds >= 10)
            {
                var (after0, after1, after2) = Collections();
                Console.Error.WriteLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"hiccup {DateTime.UtcNow:HH:mm:ss.fff} woke {late.TotalMilliseconds:F1} ms late; gc pause {paused.TotalMilliseconds:F1} ms; collections {after0 - gen0}/{after1 - gen1}/{after2 - gen2}"
                    )
                );
            }
        }
    }

    /// <summary>
    /// HOOK_SLOW_MS: a gap at least that long between one request's EndRequest and the next one's
    /// BeginRequest. At concurrency 1 that is the response's way out, the client, and the next
    /// request's way in (the socket engine and Kestrel's parse): a stall the request's own span
    /// cannot show. (Kestrel's own RequestStart and RequestStop events fall inside the host's span,
    /// so they cannot split it.)
    /// </summary>
    private static void PrintGap(long lastEnd, long begin)
    {
        // What the watch thread saw during the gap: the most work items queued for the pool, the
        // pool's threads, work items finished, and the process's CPU (of 2 cores × the gap).
        long maxPending = 0,
            firstCompleted = -1,
            lastCompleted = 0;
        int maxThreads = 0,
            seen = 0;
        TimeSpan firstCpu = default,
            lastCpu = default;
        lock (Samples)
        {
            for (var i = Math.Max(0, _samples - Samples.Length); i < _samples; i++)
            {
                var sample = Samples[i % Samples.Length];
                if (sample.Ticks < lastEnd || sample.Ticks > begin)
                {
                    continue;
                }

                seen++;
                maxPending = Math.Max(maxPending, sample.Pending);
                maxThreads = Math.Max(maxThreads, sample.Threads);
                if (firstCompleted < 0)
                {
                    firstCompleted = sample.Completed;
                    firstCpu = sample.Cpu;
                }

                lastCompleted = sample.Completed;
                lastCpu = sample.Cpu;
            }
        }

        Console.Error.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"gap {DateTime.UtcNow:HH:mm:ss.fff} {(begin - lastEnd) * 1000.0 / Stopwatch.Frequency:F1} ms between one request's end and the next one's start (CLOCK_MONOTONIC ns {lastEnd}–{begin}); during it ({seen} samples): at most {maxPending} work items queued, {maxThreads} pool threads, {Math.Max(0, lastCompleted - firstCompleted)} work items finished, {(lastCpu - firstCpu).TotalMilliseconds:F0} ms of CPU"
            )
        );
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() =>
        (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>
    /// HOOK_SLOW_MS: one line per request at least that slow — when it ended (UTC), how long it
    /// took, the collections the GC ran meanwhile and the stages that took 1 ms or more — so a
    /// stall can be matched with what else the process and the disk did at that moment.
    /// </summary>
    private static void PrintSlow(Timeline timeline, long end)
    {
        var (gen0, gen1, gen2) = Collections();
        var line = new System.Text.StringBuilder();
        line.Append(
            CultureInfo.InvariantCulture,
            $"slow {DateTime.UtcNow:HH:mm:ss.fff} {(end - timeline.Start) * 1000.0 / Stopwatch.Frequency:F1} ms; gc {gen0 - timeline.CollectionsAtStart.Gen0}/{gen1 - timeline.CollectionsAtStart.Gen1}/{gen2 - timeline.CollectionsAtStart.Gen2};"
        );
        var previous = timeline.Start;
        foreach (
            var (name, ticks, _) in timeline
                .Events.Where(e => !e.Name.StartsWith("zz.", StringComparison.Ordinal))
                .OrderBy(e => e.Ticks)
        )
        {
            var took = (ticks - previous) * 1000.0 / Stopwatch.Frequency;
            if (took >= 1)
            {
                line.Append(CultureInfo.InvariantCulture, $" → {name} +{took:F1} ms");
            }

            previous = Math.Max(previous, ticks);
        }

        Console.Error.WriteLine(line.ToString());
    }

    private static void Record(Timeline timeline)
    {
        // HOOK_REPORT=0: no stage table, so nothing is kept per request. (A table that is never
        // printed grew without end, and each doubling of its lists, done here on the request's
        // thread after EndRequest, held the connection for up to 170 ms: the "stalls" of
        // bench/write/stalls.sh until 2026-12-04.)
        if (Report <= 0)
        {
            return;
        }

        lock (Gate)
        {
            _requests++;
            if (_requests <= Skip)
            {
                return;
            }

            if (DumpPath is not null)
            {
                long start = 0;
                foreach (var (name, ticks, _) in timeline.Events)
                {
                    if (name == "npgsql.start")
                    {
                        start = ticks;
                    }
                    else if (name == "npgsql.stop" && start != 0)
                    {
                        RoundTrips.Add((start, ticks));
                        start = 0;
                    }
                }
            }

            _workItems += timeline.WorkItems;
            var seen = new Dictionary<string, int>();
            string? previousName = null;
            var previousThread = -1;
            foreach (var (name, ticks, thread) in timeline.Events)
            {
                if (thread >= 0)
                {
                    if (previousThread >= 0 && thread != previousThread)
                    {
                        var hop = $"hop {previousName} -> {name}";
                        Hops[hop] = Hops.GetValueOrDefault(hop) + 1;
                    }

                    previousThread = thread;
                    previousName = name;
                }

                seen[name] = seen.GetValueOrDefault(name) + 1;
                var key = seen[name] == 1 ? name : $"{name}#{seen[name]}";
                if (!_offsets.TryGetValue(key, out var list))
                {
                    _offsets[key] = list = [];
                }

                list.Add((ticks - timeline.Start) * 1e6 / Stopwatch.Frequency);
            }

            if ((_requests - Skip) % Report == 0)
            {
                Print();
            }
        }
    }

    private static void Print()
    {
        var lines = _offsets
            .Where(entry => entry.Value.Count * 2 >= Report) // events of most requests only
            .Select(entry => (entry.Key, Median: Median(entry.Value), entry.Value.Count))
            .OrderBy(line => line.Median)
            .ToList();
        var output = new System.Text.StringBuilder();
        output.AppendLine(
            CultureInfo.InvariantCulture,
            $"== stage offsets (µs from the request's start, median) over requests {_requests - Report + 1}-{_requests}"
        );
        var last = 0.0;
        foreach (var (key, median, count) in lines)
        {
            output.AppendLine(
                CultureInfo.InvariantCulture,
                $"{median, 9:F1} (+{median - last, 7:F1}) {count, 6} {key}"
            );
            last = median;
        }

        // Completed anywhere in the process while the request ran: its own and any others'.
        output.AppendLine(
            CultureInfo.InvariantCulture,
            $"  {_workItems * 1.0 / Report:F2} thread-pool work items completed per request"
        );
        _workItems = 0;
        foreach (var hop in Hops.OrderByDescending(entry => entry.Value).Take(5))
        {
            output.AppendLine(
                CultureInfo.InvariantCulture,
                $"  {hop.Value * 1.0 / Report:F2} thread hops per request: {hop.Key}"
            );
        }

        Console.Error.Write(output.ToString());
        if (DumpPath is not null)
        {
            // Stopwatch ticks are CLOCK_MONOTONIC nanoseconds on Linux: `perf record -k
            // CLOCK_MONOTONIC` stamps its samples on the same clock.
            File.AppendAllLines(
                DumpPath,
                RoundTrips.Select(trip =>
                    string.Create(CultureInfo.InvariantCulture, $"{trip.Start} {trip.Stop}")
                )
            );
            RoundTrips.Clear();
        }
        _offsets = [];
        Hops.Clear();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>One request's events: name, Stopwatch ticks, managed thread (-1 when not known).</summary>
    private sealed class Timeline(long start)
    {
        public long Start { get; } = start;

        public long WorkItemsAtStart { get; init; }

        public long WorkItems { get; set; }

        public (int Gen0, int Gen1, int Gen2) CollectionsAtStart { get; init; }

        public ConcurrentQueue<(string Name, long Ticks, int Thread)> Events { get; } = new();

        /// <summary>onThisThread: false for a stamp taken elsewhere (Npgsql's events, converted after the fact).</summary>
        public void Add(string name, long ticks, bool onThisThread = true) =>
            Events.Enqueue((name, ticks, onThisThread ? Environment.CurrentManagedThreadId : -1));
    }

    private sealed class ListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name is "Microsoft.AspNetCore" or "Microsoft.EntityFrameworkCore")
            {
                value.Subscribe(
                    new EventObserver(),
                    (Predicate<string>)(
                        name =>
                            !name.Contains("HttpRequestIn", StringComparison.Ordinal)
                            && !name.Contains("ModelCreating", StringComparison.Ordinal)
                    )
                );
            }
        }

        public void OnError(Exception error) { }

        public void OnCompleted() { }
    }

    private sealed class EventObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value) => OnEvent(value.Key);

        public void OnError(Exception error) { }

        public void OnCompleted() { }
    }
}
