using System.Diagnostics;
using System.Globalization;

namespace Incidents.Notifications.Bench;

/// <summary>
/// CPU time used by this process (the service, its webhook receiver and the loop all run here)
/// and by the local PostgreSQL server's processes. Less moved by the machine's other load than
/// throughput: CPU per delivery against CPU per loop request is the fan-out's efficiency.
/// </summary>
internal static class CpuMeter
{
    /// <summary>Clock ticks per second of /proc/[pid]/stat (USER_HZ; 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    public static CpuSample Now()
    {
        using var self = Process.GetCurrentProcess();
        return new(
            self.TotalProcessorTime,
            Postgres(),
            self.PrivilegedProcessorTime,
            GC.GetTotalAllocatedBytes(),
            ContextSwitches()
        );
    }

    /// <summary>Voluntary and involuntary context switches of all this process's threads so far (threads that ended are lost).</summary>
    private static long ContextSwitches()
    {
        if (!Directory.Exists("/proc/self/task"))
        {
            return 0;
        }

        long switches = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.Contains("ctxt_switches:", StringComparison.Ordinal))
                    {
                        switches += long.Parse(
                            line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(),
                            CultureInfo.InvariantCulture
                        );
                    }
                }
            }
            catch (IOException)
            {
                // The thread ended while we read it.
            }
        }

        return switches;
    }

    /// <summary>
    /// utime + stime of every process named postgres (backends that exit between two samples
    /// are lost: Npgsql keeps its connections, so the ones a fan-out uses stay).
    /// </summary>
    private static TimeSpan Postgres()
    {
        if (!Directory.Exists("/proc"))
        {
            return TimeSpan.Zero;
        }

        double ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!char.IsDigit(Path.GetFileName(directory)[0]))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // "pid (comm) state ppid …": fields after the closing parenthesis, utime is the
                // 14th field of the line and stime the 15th.
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat[..close].Contains("(postgres", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = stat[(close + 2)..].Split(' ');
                ticks +=
                    double.Parse(fields[11], CultureInfo.InvariantCulture)
                    + double.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we read it.
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}

/// <summary>
/// CPU used so far: this process (of it, in the kernel) and PostgreSQL's processes; with the
/// bytes this process allocated and its threads' context switches.
/// </summary>
internal readonly record struct CpuSample(
    TimeSpan Process,
    TimeSpan Postgres,
    TimeSpan Kernel,
    long Allocated,
    long ContextSwitches
)
{
    public static CpuSample operator -(CpuSample a, CpuSample b) =>
        new(
            a.Process - b.Process,
            a.Postgres - b.Postgres,
            a.Kernel - b.Kernel,
            a.Allocated - b.Allocated,
            a.ContextSwitches - b.ContextSwitches
        );

    public TimeSpan Total => Process + Postgres;
}
