using System.Diagnostics.Metrics;

namespace Incidents.Notifications.Bench;

/// <summary>
/// Counts the service's <c>incidents.deliveries.queued</c> measurements by how deliveries reached
/// the sender: handed over by the outbox dispatcher as they were stored, or claimed from the
/// database (a claim is one more write and two more reads per delivery).
/// </summary>
internal sealed class QueuedListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _handedOver;
    private long _claimed;

    public QueuedListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (
                instrument.Meter.Name
                    == Incidents.Application.Common.Observability.IncidentsMetrics.MeterName
                && instrument.Name == "incidents.deliveries.queued"
            )
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(
            (_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "via")
                    {
                        if ((string?)tag.Value == "claim")
                        {
                            Interlocked.Add(ref _claimed, value);
                        }
                        else
                        {
                            Interlocked.Add(ref _handedOver, value);
                        }
                    }
                }
            }
        );
        _listener.Start();
    }

    public (long HandedOver, long Claimed) Counts =>
        (Interlocked.Read(ref _handedOver), Interlocked.Read(ref _claimed));

    public void Dispose() => _listener.Dispose();
}
