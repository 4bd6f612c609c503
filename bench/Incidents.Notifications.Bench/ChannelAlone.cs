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
internal static class ChannelAlone
{
    /// <summary>Three runs of one send per subscriber; the seconds each took.</summary>
    public static async Task<double[]> RunAsync(
        WebApplicationFactory<Program> host,
        Sink sink,
        Guid pageId,
        int subscribers,
        int concurrency
    )
    {
        var channel = host
            .Services.GetServices<INotificationChannel>()
            .First(c => c.Type == SubscriberType.Webhook);
        var now = DateTimeOffset.UtcNow;
        var targets = Enumerable
            .Range(0, subscribers)
            .Select(i => Subscriber.CreateWebhook(pageId, new Uri(sink.Url(i)), null, null, now))
            .ToList();
        var payload = DeliveryPayload.Create(sink.LastBody ?? new string('x', 600), now);
        var runs = new double[3];
        for (var run = 0; run < runs.Length; run++)
        {
            var deliveries = targets
                .Select(s => Delivery.Create(pageId, s.Id, "incident.created", payload, now))
                .ToList();
            runs[run] = await sink.TimeSendsAsync(
                subscribers,
                concurrency,
                async (i, ct) =>
                {
                    var result = await channel.SendAsync(targets[i], deliveries[i], ct);
                    if (!result.Success)
                    {
                        throw new InvalidOperationException(result.Error);
                    }
                }
            );
        }

        return runs;
    }
}
