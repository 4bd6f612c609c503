using System.Diagnostics.Tracing;

namespace Incidents.Notifications.Bench;

/// <summary>
/// Counts the methods the JIT compiles in this process (the runtime's MethodJittingStarted
/// events), so the benchmark can show when tiered compilation has settled.
/// </summary>
internal sealed class JitListener : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private int _compiled;

    /// <summary>Opt-in (<c>INCIDENTS_BENCH_JIT_NAMES=1</c>): each method compiled during a round, with the round.</summary>
    private readonly System.Collections.Concurrent.ConcurrentQueue<string>? _names =
        Environment.GetEnvironmentVariable("INCIDENTS_BENCH_JIT_NAMES") == "1" ? new() : null;

    public int Compiled => Volatile.Read(ref _compiled);

    /// <summary>The round now running (0: none); methods compiled outside a round are not named.</summary>
    public int Round { get; set; }

    /// <summary>The methods compiled in each round, by round and name (nothing unless opted in).</summary>
    public void PrintNames()
    {
        if (_names is null)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine(
            $"Methods compiled during the rounds (round, namespace::name): {_names.Count}"
        );
        foreach (var name in _names.Order(StringComparer.Ordinal))
        {
            Console.WriteLine("  " + name);
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (
            eventData.EventName?.StartsWith("MethodJittingStarted", StringComparison.Ordinal)
            == true
        )
        {
            Interlocked.Increment(ref _compiled);
            if (_names is not null && Round > 0 && eventData.Payload is { Count: >= 6 } payload)
            {
                // MethodJittingStarted_V1: MethodID, ModuleID, MethodToken, MethodILSize, MethodNamespace, MethodName, …
                _names.Enqueue($"{Round:D2} {payload[4]}::{payload[5]} (IL {payload[3]})");
            }
        }
    }
}
