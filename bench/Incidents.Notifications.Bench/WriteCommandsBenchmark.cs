using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Incidents.Notifications.Bench;

/// <summary>
/// Where a create's database work goes (issue 16), as counts rather than timings: the service
/// in-process with its workers on, creates posted one at a time (the write benchmark's body:
/// IsNotify false; then IsNotify true on a page with one webhook subscriber), each followed by a
/// wait until the workers have finished with it; every EF Core command and commit is attributed
/// to the request path or to the background workers (<see cref="CommandLog"/>). The workers' poll
/// interval is set to ten minutes, so everything they do in the window is caused by the creates.
/// </summary>
internal static class WriteCommandsBenchmark
{
    private const string Body =
        """{"Title":"Database Connectivity Issues","Description":"We are investigating reports of database timeouts.","Status":"Investigating","Impact":"Major Outage","AffectedComponents":[],"IsNotify":false}""";

    public static async Task<int> RunAsync(string[] args)
    {
        var creates = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        BenchHost.UseApiContentRoot();
        await using var sink = await Sink.StartAsync();
        await using var database = await BenchDatabase.CreateAsync();
        using var log = new CommandLog();
        await using var host = BenchHost.Host(
            database,
            workers: true,
            concurrency: 32,
            new Dictionary<string, string> { ["Notifications:Workers:PollInterval"] = "00:10:00" }
        );
        var quiet = await BenchHost.CreatePageAsync(host);
        var notified = await BenchHost.CreatePageAsync(host);
        await BenchHost.AddSubscribersAsync(host, notified.Id, 1, sink.Url);
        Console.WriteLine(
            $"Database: {database.Provider}; {creates} creates per case, one at a time"
        );

        var quietClient = BenchHost.Client(host, quiet.Key);
        var notifiedClient = BenchHost.Client(host, notified.Key);
        var notifyBody = Body.Replace(
            "\"IsNotify\":false",
            "\"IsNotify\":true",
            StringComparison.Ordinal
        );
        for (var i = 0; i < 10; i++)
        {
            await CreateAsync(quietClient, Body);
            await CreateAsync(notifiedClient, notifyBody);
        }

        await DrainedAsync(database, sink, 10);
        Console.WriteLine();
        Console.WriteLine(
            "| Case (per create) | request commands | request commits | worker commands | worker commits | request DB time | worker DB time |"
        );
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var statements = new List<(string Case, IReadOnlyList<(bool, string, int)> Rows)>();
        foreach (
            var (name, client, body, deliveries) in new[]
            {
                ("IsNotify false (the write benchmark's body)", quietClient, Body, 0),
                ("IsNotify true, 1 webhook subscriber", notifiedClient, notifyBody, 1),
            }
        )
        {
            sink.Reset();
            await Task.Delay(300);
            log.Reset();
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < creates; i++)
            {
                await CreateAsync(client, body);
                await DrainedAsync(database, sink, (i + 1) * deliveries);
            }

            // Let a sender woken by the last event finish its (empty) pass.
            await Task.Delay(500);
            var c = log.Snapshot();
            Console.WriteLine(
                $"| {name} | {Per(c.RequestCommands, creates)} | {Per(c.RequestCommits, creates)} | {Per(c.WorkerCommands, creates)} | {Per(c.WorkerCommits, creates)} | {c.RequestTime.TotalMilliseconds / creates:F2} ms | {c.WorkerTime.TotalMilliseconds / creates:F2} ms |"
            );
            statements.Add((name, log.Statements()));
        }

        foreach (var (name, rows) in statements)
        {
            Console.WriteLine();
            Console.WriteLine($"Statements, {name} (per create):");
            foreach (var (request, statement, count) in rows)
            {
                Console.WriteLine(
                    $"  {(request ? "request" : "worker "), -8} {Per(count, creates), 6}  {statement}"
                );
            }
        }

        return 0;

        static string Per(int count, int creates) =>
            ((double)count / creates).ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static async Task CreateAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/admin/Incident", content);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Waits (outside EF Core, so it is not counted) until no outbox row is unprocessed and the
    /// sink has the expected number of webhooks.
    /// </summary>
    private static async Task DrainedAsync(BenchDatabase database, Sink sink, int delivered)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await using DbConnection connection =
                database.Provider == "Sqlite"
                    ? new SqliteConnection(database.ConnectionString)
                    : new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT COUNT(*) FROM \"OutboxMessages\" WHERE \"ProcessedAt\" IS NULL";
            var left = Convert.ToInt64(
                await command.ExecuteScalarAsync(),
                CultureInfo.InvariantCulture
            );
            if (left == 0 && sink.Count >= delivered)
            {
                return;
            }

            await Task.Delay(2);
        }

        throw new TimeoutException("The workers did not finish within 30 s.");
    }
}
