using System.Net;
using System.Text;
using Incidents.Domain.Subscribers;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Incidents.Infrastructure.Notifications.Channels.Webhooks;

/// <summary>POSTs the delivery's payload, signed per Standard Webhooks.</summary>
internal sealed class WebhookChannel(IHttpClientFactory clients, TimeProvider time)
    : INotificationChannel
{
    public const string ClientName = "webhooks";

    /// <summary>
    /// Which receiver a request is for: the resilience pipeline (circuit breaker) is chosen by
    /// it, so one subscriber's failures never open the circuit for another on the same host.
    /// </summary>
    public static readonly HttpRequestOptionsKey<string> ReceiverKey = new("Incidents.Receiver");

    /// <summary>A half-open circuit admits one probe; the others wait this long for its outcome.</summary>
    private static readonly TimeSpan HalfOpenWait = TimeSpan.FromSeconds(1);

    public SubscriberType Type => SubscriberType.Webhook;

    public async Task<ChannelResult> SendAsync(
        Subscriber subscriber,
        Delivery delivery,
        CancellationToken cancellationToken
    )
    {
        if (subscriber.Url is null || subscriber.Secret is null)
        {
            return ChannelResult.Failed("Webhook subscriber has no URL or secret.");
        }

        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", delivery.MessageId);
        request.Headers.Add(
            "webhook-timestamp",
            timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        request.Headers.Add(
            "webhook-signature",
            WebhookSignature.Sign(
                subscriber.Secret,
                delivery.MessageId,
                timestamp,
                delivery.Payload
            )
        );
        request.Headers.UserAgent.ParseAdd("Incidents-Webhooks/1.0");
        request.Options.Set(ReceiverKey, subscriber.Id.ToString("N"));

        try
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(
                request,
                HttpCompletionOption.ResponseHeadersRead,
                cancellationToken
            );
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return ChannelResult.Ok(status);
            }

            if (response.StatusCode == HttpStatusCode.Gone)
            {
                return new ChannelResult(
                    false,
                    status,
                    "410 Gone: the receiver asked to stop.",
                    Gone: true
                );
            }

            if (status is >= 300 and < 400)
            {
                return ChannelResult.Failed(
                    $"{status} redirect to '{response.Headers.Location}' not followed (webhooks never follow redirects).",
                    status
                );
            }

            TimeSpan? retryAfter = null;
            if (
                response.StatusCode
                    is HttpStatusCode.TooManyRequests
                        or HttpStatusCode.ServiceUnavailable
                && response.Headers.RetryAfter is { } header
            )
            {
                retryAfter =
                    header.Delta ?? (header.Date is { } date ? date - time.GetUtcNow() : null);
            }

            return new ChannelResult(
                false,
                status,
                $"HTTP {status} {response.ReasonPhrase}",
                RetryAfter: retryAfter
            );
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException)
        {
            return ChannelResult.Failed("Timed out waiting for the receiver.");
        }
        catch (BrokenCircuitException e)
        {
            // Our protection, not the receiver's answer: not an attempt, and due again when the
            // circuit lets calls through rather than at the next step of the retry schedule.
            var wait = e.RetryAfter is { } left && left > TimeSpan.Zero ? left : HalfOpenWait;
            return ChannelResult.Defer(
                "Circuit open: this receiver failed repeatedly; held back, not attempted.",
                wait
            );
        }
        catch (HttpRequestException e)
        {
            return ChannelResult.Failed(e.Message);
        }
    }
}
