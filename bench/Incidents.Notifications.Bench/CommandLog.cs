using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Incidents.Notifications.Bench;

/// <summary>
/// Every database command and transaction commit EF Core runs in this process while it lives,
/// each attributed to where it ran: inside an HTTP request (the request path) or elsewhere (the
/// background workers). The figures it yields are counts, so they do not depend on the load of
/// the machine the way timings do.
/// </summary>
internal sealed partial class CommandLog : IObserver<DiagnosticListener>, IDisposable
{
    private const string CommandExecuted =
        "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private const string TransactionCommitted =
        "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitted";
    private const string RequestActivity = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ActivityListener _activities;
    private readonly ConcurrentDictionary<(bool Request, string Statement), int> _statements =
        new();
    private int _requestCommands;
    private int _workerCommands;
    private int _requestCommits;
    private int _workerCommits;
    private long _requestTicks;
    private long _workerTicks;

    public CommandLog()
    {
        // ASP.NET Core starts a request activity only when someone listens: listen, so a command
        // can tell whether it runs inside a request.
        _activities = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(_activities);
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public Counts Snapshot() =>
        new(
            Volatile.Read(ref _requestCommands),
            Volatile.Read(ref _workerCommands),
            Volatile.Read(ref _requestCommits),
            Volatile.Read(ref _workerCommits),
            TimeSpan.FromTicks(Interlocked.Read(ref _requestTicks)),
            TimeSpan.FromTicks(Interlocked.Read(ref _workerTicks))
        );

    public void Reset()
    {
        _statements.Clear();
        Interlocked.Exchange(ref _requestCommands, 0);
        Interlocked.Exchange(ref _workerCommands, 0);
        Interlocked.Exchange(ref _requestCommits, 0);
        Interlocked.Exchange(ref _workerCommits, 0);
        Interlocked.Exchange(ref _requestTicks, 0);
        Interlocked.Exchange(ref _workerTicks, 0);
    }

    /// <summary>The statements seen, shortened to their first words, with how often each ran.</summary>
    public IReadOnlyList<(bool Request, string Statement, int Count)> Statements() =>
        _statements
            .Select(kv => (kv.Key.Request, kv.Key.Statement, kv.Value))
            .OrderByDescending(s => s.Request)
            .ThenByDescending(s => s.Value)
            .ToList();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(
                    value.Subscribe(
                        new Observer(this),
                        name => name is CommandExecuted or TransactionCommitted
                    )
                );
            }
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        _all.Dispose();
        _activities.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    private static bool InRequest()
    {
        for (var a = Activity.Current; a is not null; a = a.Parent)
        {
            if (a.OperationName == RequestActivity)
            {
                return true;
            }
        }

        return false;
    }

    private void Record(string name, object? payload)
    {
        // A listener receives every event someone in the process enabled, not only its own.
        if (name is not (CommandExecuted or TransactionCommitted))
        {
            return;
        }

        var request = InRequest();
        if (name == TransactionCommitted)
        {
            Interlocked.Increment(ref request ? ref _requestCommits : ref _workerCommits);
            return;
        }

        Interlocked.Increment(ref request ? ref _requestCommands : ref _workerCommands);
        if (payload is CommandExecutedEventData data)
        {
            Interlocked.Add(
                ref request ? ref _requestTicks : ref _workerTicks,
                data.Duration.Ticks
            );
            _statements.AddOrUpdate((request, Shorten(data.Command)), 1, (_, n) => n + 1);
        }
    }

    /// <summary>"INSERT INTO "Incidents" …", "SELECT … FROM "ApiKeys" …": enough to tell statements apart.</summary>
    private static string Shorten(DbCommand command)
    {
        var text = Whitespace().Replace(command.CommandText, " ").Trim();
        var from = FromTable().Match(text);
        var verb = text.Split(' ', 2)[0].ToUpperInvariant();
        var statements = text.Count(c => c == ';');
        var suffix = statements > 1 ? $" ({statements} statements)" : string.Empty;
        return verb switch
        {
            "SELECT" when from.Success => $"SELECT … FROM {from.Groups[1].Value}{suffix}",
            "INSERT" or "UPDATE" or "DELETE" or "WITH" => (
                text.Length > 60 ? text[..60] + "…" : text
            ) + suffix,
            _ => (text.Length > 60 ? text[..60] + "…" : text) + suffix,
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("FROM (\"?\\w+\"?)")]
    private static partial Regex FromTable();

    public sealed record Counts(
        int RequestCommands,
        int WorkerCommands,
        int RequestCommits,
        int WorkerCommits,
        TimeSpan RequestTime,
        TimeSpan WorkerTime
    );

    private sealed class Observer(CommandLog owner) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value) =>
            owner.Record(value.Key, value.Value);

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}
