using System.Diagnostics;
using System.Globalization;

namespace Incidents.Notifications.Bench;

/// <summary>
/// Issue 10: 1,000 webhook subscribers on one loopback host, 50 of them answering 503. Measures,
/// from the create request, the time until the 950 healthy ones have the event — beside the same
/// page shape with no failing subscriber (the baseline, alternated in the same run) — and until
/// every failing one has had its first retry. Production breaker and retry settings.
///   dotnet run -c Release --project bench/Incidents.Notifications.Bench -- fairness [subscribers] [failing] [rounds] [503|hang]
/// </summary>
internal static class FairnessBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var subscribers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var failing = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        // "hang": the failing receivers never answer (each attempt ends at the attempt timeout).
        var hang = args.Length > 3 && args[3] == "hang";
        const int concurrency = 32;
        var every = subscribers / failing;

        BenchHost.UseApiContentRoot();
        await using var sink = await Sink.StartAsync();
        sink.FailingHang = hang;
        await using var database = await BenchDatabase.CreateAsync();
        Console.WriteLine(
            $"Database: {database.Provider}; subscribers: {subscribers}, failing: {failing} ({(hang ? "hanging until the attempt timeout" : "503, no Retry-After")}); rounds: {rounds}"
        );
        await using var host = BenchHost.Host(database, workers: true, concurrency);
        _ = host.Services;

        var baseline = new List<double>();
        var withFailing = new List<double>();
        var retried = new List<double>();
        // Round 0 warms the process up (JIT, connection pools) and is not counted.
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var failingRound in new[] { false, true })
            {
                // Hook numbers unique per round so counts never mix.
                var offset = ((round * 2) + (failingRound ? 1 : 0)) * 1_000_000;
                var failingHooks = Enumerable
                    .Range(0, subscribers)
                    .Where(i => i % every == 0)
                    .Take(failing)
                    .Select(i => offset + i)
                    .ToHashSet();
                var healthyHooks = Enumerable
                    .Range(0, subscribers)
                    .Select(i => offset + i)
                    .Where(h => !failingHooks.Contains(h))
                    .ToList();
                sink.Failing = failingRound ? failingHooks : new HashSet<int>();

                var page = await BenchHost.CreatePageAsync(host);
                await BenchHost.AddSubscribersAsync(
                    host,
                    page.Id,
                    subscribers,
                    i => sink.Url(offset + i)
                );
                var client = BenchHost.Client(host, page.Key);
                await Task.Delay(500);

                var clock = Stopwatch.StartNew();
                await BenchHost.CreateIncidentAsync(client);
                double? healthyAt = null;
                double? retriesAt = null;
                while (clock.Elapsed < TimeSpan.FromMinutes(3))
                {
                    healthyAt ??= healthyHooks.All(h => sink.ReceivedBy(h) >= 1)
                        ? clock.Elapsed.TotalSeconds
                        : null;
                    retriesAt ??=
                        !failingRound || failingHooks.All(h => sink.ReceivedBy(h) >= 2)
                            ? clock.Elapsed.TotalSeconds
                            : null;
                    if (healthyAt is not null && retriesAt is not null)
                    {
                        break;
                    }

                    await Task.Delay(5);
                }

                if (healthyAt is null || retriesAt is null)
                {
                    Console.WriteLine("Timed out after 3 minutes.");
                    return 1;
                }

                if (round > 0)
                {
                    (failingRound ? withFailing : baseline).Add(healthyAt.Value);
                    if (failingRound)
                    {
                        retried.Add(retriesAt.Value);
                    }
                }

                Console.WriteLine(
                    $"{(round == 0 ? "warm-up" : $"round {round}")} {(failingRound ? $"{failing} failing" : "no failing")}: {healthyHooks.Count} healthy received after {healthyAt:F2} s"
                        + (
                            failingRound
                                ? $"; every failing one retried after {retriesAt:F2} s"
                                : ""
                        )
                );
            }
        }

        Console.WriteLine();
        Console.WriteLine("| Measure (median of rounds) | Value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(
            $"| No failing subscriber: {subscribers - failing} healthy have the event | {Median(baseline):F2} s |"
        );
        Console.WriteLine(
            $"| {failing} {(hang ? "hanging" : "answering 503")}: the {subscribers - failing} healthy have the event | {Median(withFailing):F2} s |"
        );
        Console.WriteLine(
            $"| Ratio with failing / without | {Median(withFailing) / Median(baseline):F2} |"
        );
        Console.WriteLine(
            $"| {failing} {(hang ? "hanging" : "answering 503")}: every one has had its first retry | {Median(retried):F2} s |"
        );
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
