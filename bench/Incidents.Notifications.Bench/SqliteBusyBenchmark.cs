using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Incidents.Notifications.Bench;

/// <summary>
/// Evidence for ADR 0100: how long a second SQLite writer waits for a first one holding the
/// write lock for 5 ms — with Microsoft.Data.Sqlite's defaults (its retry loop sleeps 150 ms),
/// with a busy timeout (SQLite's own handler), and queued on an in-process gate.
///   sqlite-busy [rounds=20]
/// </summary>
internal static class SqliteBusyBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds =
            args.Length > 0
                ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture)
                : 20;
        var folder = Path.Combine(
            Path.GetTempPath(),
            "incidents-busy-" + Guid.NewGuid().ToString("N")
        );
        Directory.CreateDirectory(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "busy.db")}";
        try
        {
            await using (var setup = new SqliteConnection(connectionString))
            {
                await setup.OpenAsync();
                await ExecuteAsync(
                    setup,
                    null,
                    "PRAGMA journal_mode=WAL; CREATE TABLE t(x INTEGER);"
                );
            }

            Console.WriteLine(
                $"Writer B starts while writer A holds the write lock for 5 ms; {rounds} rounds."
            );
            foreach (var mode in new[] { "defaults", "busy_timeout", "gate" })
            {
                var waits = new List<double>();
                using var gate = new SemaphoreSlim(1, 1);
                for (var round = 0; round < rounds; round++)
                {
                    waits.Add(await OneRoundAsync(connectionString, mode, gate));
                }

                waits.Sort();
                Console.WriteLine(
                    $"{mode, -14} B waited: median {waits[waits.Count / 2], 7:F1} ms, max {waits[^1], 7:F1} ms"
                );
            }

            var check = new SqliteConnection(connectionString);
            await check.OpenAsync();
            var timeout = await ScalarAsync(check, "PRAGMA busy_timeout");
            Console.WriteLine(
                $"PRAGMA busy_timeout on a new Microsoft.Data.Sqlite connection: {timeout}"
            );
            await check.DisposeAsync();
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> OneRoundAsync(
        string connectionString,
        string mode,
        SemaphoreSlim gate
    )
    {
        await using var a = new SqliteConnection(connectionString);
        await using var b = new SqliteConnection(connectionString);
        await a.OpenAsync();
        await b.OpenAsync();
        if (mode == "busy_timeout")
        {
            await ExecuteAsync(b, null, "PRAGMA busy_timeout = 30000");
        }

        if (mode == "gate")
        {
            await gate.WaitAsync();
        }

        var holder = (SqliteTransaction)await a.BeginTransactionAsync();
        await ExecuteAsync(a, holder, "INSERT INTO t VALUES (1)");
        var release = Task.Run(async () =>
        {
            await Task.Delay(5);
            await holder.CommitAsync();
            if (mode == "gate")
            {
                gate.Release();
            }
        });
        var clock = Stopwatch.StartNew();
        if (mode == "gate")
        {
            await gate.WaitAsync();
        }

        await using (var second = (SqliteTransaction)await b.BeginTransactionAsync())
        {
            await ExecuteAsync(b, second, "INSERT INTO t VALUES (2)");
            await second.CommitAsync();
        }

        var waited = clock.Elapsed.TotalMilliseconds;
        if (mode == "gate")
        {
            gate.Release();
        }

        await release;
        await holder.DisposeAsync();
        return waited;
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql
    )
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
