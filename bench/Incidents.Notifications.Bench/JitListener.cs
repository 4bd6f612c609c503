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

    public int Compiled => Volatile.Read(ref _compiled);

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
        }
    }
}
