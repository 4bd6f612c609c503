using System.Globalization;

namespace Incidents.Notifications.Bench;

/// <summary>Sums <see cref="ThreadMeter"/>'s figures over fan-out rounds and their paired loops, and prints them per delivery.</summary>
internal sealed class ThreadsByRound
{
    private readonly Dictionary<string, ThreadUse> _fanOut = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ThreadUse> _loop = new(StringComparer.Ordinal);

    public void Add(
        Dictionary<string, ThreadUse> before,
        Dictionary<string, ThreadUse> between,
        Dictionary<string, ThreadUse> after
    )
    {
        Accumulate(_fanOut, ThreadMeter.Between(before, between));
        Accumulate(_loop, ThreadMeter.Between(between, after));
    }

    public void Print(int requests)
    {
        Console.WriteLine();
        Console.WriteLine(
            "| Threads (name, count) | CPU µs per delivery / per loop request | switches per delivery / per loop request (voluntary + involuntary) |"
        );
        Console.WriteLine("|---|---|---|");
        foreach (var name in _fanOut.Keys.Union(_loop.Keys).Order(StringComparer.Ordinal))
        {
            var f = _fanOut.GetValueOrDefault(name);
            var l = _loop.GetValueOrDefault(name);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {name} ({Math.Max(f.Threads, l.Threads)}) | {f.Cpu * 1e6 / requests:F1} / {l.Cpu * 1e6 / requests:F1} | {(double)f.Voluntary / requests:F3} + {(double)f.Involuntary / requests:F3} / {(double)l.Voluntary / requests:F3} + {(double)l.Involuntary / requests:F3} |"
                )
            );
        }
    }

    private static void Accumulate(
        Dictionary<string, ThreadUse> into,
        Dictionary<string, ThreadUse> round
    )
    {
        foreach (var (name, use) in round)
        {
            var sum = into.GetValueOrDefault(name);
            into[name] = new ThreadUse(
                Math.Max(sum.Threads, use.Threads),
                sum.Cpu + use.Cpu,
                sum.Voluntary + use.Voluntary,
                sum.Involuntary + use.Involuntary
            );
        }
    }
}
