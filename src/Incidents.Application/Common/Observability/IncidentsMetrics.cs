using System.Diagnostics.Metrics;

namespace Incidents.Application.Common.Observability;

/// <summary>
/// The service's own instruments (meter <see cref="MeterName"/>). Incident counters are fed from
/// committed domain events; the delivery and outbox methods are the hooks for the notification
/// workers to call.
/// </summary>
public sealed class IncidentsMetrics : IDisposable
{
    public const string MeterName = "Incidents";

    private readonly Meter _meter;
    private readonly Counter<long> _incidentsOpened;
    private readonly Counter<long> _incidentsResolved;
    private readonly Counter<long> _deliveriesSent;
    private readonly Counter<long> _deliveriesFailed;
    private readonly Counter<long> _deliveriesDeferred;
    private readonly Counter<long> _deliveriesQueued;
    private readonly Histogram<double> _deliveryLatency;
    private readonly Histogram<double> _outboxLag;

    public IncidentsMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _incidentsOpened = _meter.CreateCounter<long>(
            "incidents.opened",
            unit: "{incident}",
            description: "Incidents opened."
        );
        _incidentsResolved = _meter.CreateCounter<long>(
            "incidents.resolved",
            unit: "{incident}",
            description: "Incidents resolved."
        );
        _deliveriesSent = _meter.CreateCounter<long>(
            "incidents.deliveries.sent",
            unit: "{delivery}",
            description: "Notifications delivered."
        );
        _deliveriesFailed = _meter.CreateCounter<long>(
            "incidents.deliveries.failed",
            unit: "{delivery}",
            description: "Notification delivery attempts that failed."
        );
        _deliveriesDeferred = _meter.CreateCounter<long>(
            "incidents.deliveries.deferred",
            unit: "{delivery}",
            description: "Delivery attempts held back by the sender's own protection (not attempts)."
        );
        _deliveriesQueued = _meter.CreateCounter<long>(
            "incidents.deliveries.queued",
            unit: "{delivery}",
            description: "Deliveries queued for sending, by how they reached the sender: claimed "
                + "from the database, or handed over by the outbox dispatcher as they were stored."
        );
        _deliveryLatency = _meter.CreateHistogram<double>(
            "incidents.delivery.latency",
            unit: "s",
            description: "From the event's occurrence to its delivery."
        );
        _outboxLag = _meter.CreateHistogram<double>(
            "incidents.outbox.lag",
            unit: "s",
            description: "From an outbox message's occurrence to its processing."
        );
    }

    public void IncidentOpened() => _incidentsOpened.Add(1);

    public void IncidentResolved() => _incidentsResolved.Add(1);

    /// <param name="channel">e.g. email, webhook.</param>
    public void DeliverySent(string channel, TimeSpan latency)
    {
        _deliveriesSent.Add(1, new KeyValuePair<string, object?>("channel", channel));
        _deliveryLatency.Record(
            latency.TotalSeconds,
            new KeyValuePair<string, object?>("channel", channel)
        );
    }

    public void DeliveryFailed(string channel) =>
        _deliveriesFailed.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void DeliveryDeferred(string channel) =>
        _deliveriesDeferred.Add(1, new KeyValuePair<string, object?>("channel", channel));

    /// <summary><paramref name="via"/>: <c>claim</c> or <c>handover</c>.</summary>
    public void DeliveriesQueued(int count, string via) =>
        _deliveriesQueued.Add(count, new KeyValuePair<string, object?>("via", via));

    public void OutboxProcessed(TimeSpan lag) => _outboxLag.Record(lag.TotalSeconds);

    public void Dispose() => _meter.Dispose();
}
