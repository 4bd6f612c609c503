using System.Globalization;

namespace Incidents.Notifications.Bench;

/// <summary>
/// CPU time and context switches of this process's threads, grouped by thread name (the
/// runtime names its threads: ".NET TP Worker", ".NET SocketEngin", ".NET Timer", the GC's …).
/// Opt-in (<c>INCIDENTS_BENCH_THREADS=1</c>): tells which kind of thread a fan-out's extra CPU
/// and context switches over the loop's belong to (issue 16). Threads that ended between two
/// samples are lost, as in <see cref="CpuMeter"/>.
/// </summary>
internal static class ThreadMeter
{
    private const double TicksPerSecond = 100;

    public static Dictionary<string, ThreadUse> Now()
    {
        var byName = new Dictionary<string, ThreadUse>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc/self/task"))
        {
            return byName;
        }

        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var cpu =
                    (
                        double.Parse(fields[11], CultureInfo.InvariantCulture)
                        + double.Parse(fields[12], CultureInfo.InvariantCulture)
                    ) / TicksPerSecond;
                long voluntary = 0;
                long involuntary = 0;
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal))
                    {
                        voluntary = long.Parse(
                            line[(line.IndexOf(':') + 1)..].Trim(),
                            CultureInfo.InvariantCulture
                        );
                    }
                    else if (
                        line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal)
                    )
                    {
                        involuntary = long.Parse(
                            line[(line.IndexOf(':') + 1)..].Trim(),
                            CultureInfo.InvariantCulture
                        );
                    }
                }

                byName[name] =
                    byName.GetValueOrDefault(name) + new ThreadUse(1, cpu, voluntary, involuntary);
            }
            catch (IOException)
            {
                // The thread ended while we read it.
            }
        }

        return byName;
    }

    public static Dictionary<string, ThreadUse> Between(
        Dictionary<string, ThreadUse> before,
        Dictionary<string, ThreadUse> after
    ) =>
        after.ToDictionary(
            p => p.Key,
            // The thread count is the later sample's; CPU and switches are the difference.
            p => p.Value - (before.GetValueOrDefault(p.Key) with { Threads = 0 }),
            StringComparer.Ordinal
        );
}

/// <summary>Threads of one name: how many, their CPU seconds, voluntary and involuntary switches.</summary>
internal readonly record struct ThreadUse(int Threads, double Cpu, long Voluntary, long Involuntary)
{
    public static ThreadUse operator +(ThreadUse a, ThreadUse b) =>
        new(
            a.Threads + b.Threads,
            a.Cpu + b.Cpu,
            a.Voluntary + b.Voluntary,
            a.Involuntary + b.Involuntary
        );

    public static ThreadUse operator -(ThreadUse a, ThreadUse b) =>
        new(
            a.Threads - b.Threads,
            a.Cpu - b.Cpu,
            a.Voluntary - b.Voluntary,
            a.Involuntary - b.Involuntary
        );
}
