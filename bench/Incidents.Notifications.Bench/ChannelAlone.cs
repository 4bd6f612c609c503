using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Channels;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

/// <summary>
/// The service's webhook channel called directly — the same signing, attempt timeout and
/// per-receiver breaker as a delivery, without the outbox, the database or the sender's queue —
/// at the fan-out's concurrency. Separates what sending costs from what the delivery pipeline
/// around it costs.
/// </summary>
internal sealed class ChannelAlone
{
    private readonly INotificationChannel _channel;
    private readonly Sink _sink;
    private readonly Guid _pageId;
    private readonly List<Subscriber> _targets;
    private readonly DeliveryPayload _payload;

    public ChannelAlone(
        WebApplicationFactory<Program> host,
        Sink sink,
        Guid pageId,
        int subscribers,
        string body
    )
    {
        _channel = host
            .Services.GetServices<INotificationChannel>()
            .First(c => c.Type == SubscriberType.Webhook);
        _sink = sink;
        _pageId = pageId;
        var now = DateTimeOffset.UtcNow;
        _targets =
        [
            .. Enumerable
                .Range(0, subscribers)
                .Select(i =>
                    Subscriber.CreateWebhook(pageId, new Uri(sink.Url(i)), null, null, now)
                ),
        ];
        _payload = DeliveryPayload.Create(body, now);
    }

    /// <summary>Three runs of one send per subscriber; the seconds each took.</summary>
    public static async Task<double[]> RunAsync(
        WebApplicationFactory<Program> host,
        Sink sink,
        Guid pageId,
        int subscribers,
        int concurrency
    )
    {
        var alone = new ChannelAlone(
            host,
            sink,
            pageId,
            subscribers,
            sink.LastBody ?? new string('x', 600)
        );
        var runs = new double[3];
        for (var run = 0; run < runs.Length; run++)
        {
            runs[run] = await alone.RunOnceAsync(concurrency);
        }

        return runs;
    }

    /// <summary>One send per subscriber (new deliveries of the same payload); the seconds it took.</summary>
    public Task<double> RunOnceAsync(int concurrency)
    {
        var now = DateTimeOffset.UtcNow;
        var deliveries = _targets
            .Select(s => Delivery.Create(_pageId, s.Id, "incident.created", _payload, now))
            .ToList();
        return _sink.TimeSendsAsync(
            _targets.Count,
            concurrency,
            async (i, ct) =>
            {
                var result = await _channel.SendAsync(_targets[i], deliveries[i], ct);
                if (!result.Success)
                {
                    throw new InvalidOperationException(result.Error);
                }
            }
        );
    }
}
