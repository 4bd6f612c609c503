// The webhook channel against the plain HttpClient loop, CPU per send (issue 16; not a test): see
// docs/performance.md "## Notifications".
//   dotnet run -c Release --project bench/Incidents.Notifications.Bench -- channel [sends=30000] [pairs=8] [concurrency=32]
// Alternates the service's webhook channel called directly (signing, attempt timeout, receiver
// handler; no database, no sender) with the plain loop posting the same body to the same sink,
// and prints the CPU each used per request. What a fan-out spends beyond the loop is this
// difference plus the delivery pipeline's own work; this mode measures the first alone, in
// seconds rather than the minutes a full fan-out run takes.
using System.Globalization;

namespace Incidents.Notifications.Bench;

internal static class ChannelBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sends = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30_000;
        var pairs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
        BenchHost.UseApiContentRoot();
        await using var sink = await Sink.StartAsync();
        await using var database = await BenchDatabase.CreateAsync();
        await using var host = BenchHost.Host(database, workers: false, concurrency);
        var page = await BenchHost.CreatePageAsync(host);
        using var loopHttp = new HttpClient();
        var body = new string('x', 600);
        var channel = new ChannelAlone(host, sink, page.Id, sends, body);

        var channelCpu = new List<double>();
        var loopCpu = new List<double>();
        var channelAllocated = new List<double>();
        var loopAllocated = new List<double>();
        var channelKernel = new List<double>();
        var loopKernel = new List<double>();
        var channelSwitches = new List<double>();
        var loopSwitches = new List<double>();
        // The first pair warms both paths up (JIT, connections) and is not counted.
        for (var pair = 0; pair <= pairs; pair++)
        {
            var before = CpuMeter.Now();
            await channel.RunOnceAsync(concurrency);
            var usedByChannel = CpuMeter.Now() - before;
            before = CpuMeter.Now();
            await PlainLoop.RunAsync(loopHttp, sink, body, sends, concurrency);
            var usedByLoop = CpuMeter.Now() - before;
            if (pair == 0)
            {
                continue;
            }

            channelCpu.Add(usedByChannel.Process.TotalMicroseconds / sends);
            loopCpu.Add(usedByLoop.Process.TotalMicroseconds / sends);
            channelAllocated.Add((double)usedByChannel.Allocated / sends);
            loopAllocated.Add((double)usedByLoop.Allocated / sends);
            channelKernel.Add(usedByChannel.Kernel.TotalMicroseconds / sends);
            loopKernel.Add(usedByLoop.Kernel.TotalMicroseconds / sends);
            channelSwitches.Add((double)usedByChannel.ContextSwitches / sends);
            loopSwitches.Add((double)usedByLoop.ContextSwitches / sends);
        }

        Console.WriteLine();
        Console.WriteLine("| Measure | Value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(
            $"| CPU per channel send / per loop request, µs, {sends:N0} each, concurrency {concurrency} (pairs 1 … {pairs}) | {string.Join(", ", channelCpu.Zip(loopCpu, (c, l) => string.Create(CultureInfo.InvariantCulture, $"{c:F1} / {l:F1}")))} |"
        );
        Console.WriteLine(
            $"| CPU per channel send / per loop request, medians | {Median(channelCpu):F1} / {Median(loopCpu):F1} µs = {Median([.. channelCpu.Zip(loopCpu, (c, l) => c / l)]):F2} |"
        );
        Console.WriteLine(
            $"| Allocated per channel send / per loop request, bytes, medians | {Median(channelAllocated):F0} / {Median(loopAllocated):F0} |"
        );
        Console.WriteLine(
            $"| Of it in the kernel, per channel send / per loop request, µs, medians | {Median(channelKernel):F1} / {Median(loopKernel):F1} |"
        );
        Console.WriteLine(
            $"| Context switches per channel send / per loop request, medians | {Median(channelSwitches):F2} / {Median(loopSwitches):F2} |"
        );
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
