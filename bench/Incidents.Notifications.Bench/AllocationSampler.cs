using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Incidents.Notifications.Bench;

/// <summary>
/// Which types a fan-out allocates, sampled by the runtime (one GCAllocationTick event per
/// ~100 KB allocated, with the type that crossed the mark): INCIDENTS_BENCH_ALLOCATIONS=1 prints
/// bytes per delivery by type over the last four rounds. A sample, not an exact count.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new();
    private volatile bool _on;

    public void Sample(bool on) => _on = on;

    public void Print(int deliveries)
    {
        foreach (var (type, bytes) in _bytes.OrderByDescending(kv => kv.Value).Take(40))
        {
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| Allocated per delivery (sampled): {type} | {bytes / Math.Max(1, deliveries)} B |"
                )
            );
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (
            !_on
            || eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true
            || eventData.Payload is null
            || eventData.PayloadNames is null
        )
        {
            return;
        }

        var type = eventData.PayloadNames.IndexOf("TypeName");
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (type < 0 || amount < 0)
        {
            return;
        }

        var bytes = Convert.ToInt64(eventData.Payload[amount], CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate(eventData.Payload[type]?.ToString() ?? "?", bytes, (_, b) => b + bytes);
    }
}
