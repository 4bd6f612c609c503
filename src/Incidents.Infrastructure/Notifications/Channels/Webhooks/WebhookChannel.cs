using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Incidents.Domain.Subscribers;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Incidents.Infrastructure.Notifications.Channels.Webhooks;

/// <summary>POSTs the delivery's payload, signed per Standard Webhooks.</summary>
internal sealed class WebhookChannel(IHttpMessageHandlerFactory handlers, TimeProvider time)
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

    /// <summary>
    /// The bytes of each payload, encoded once: a notification's 10,000 deliveries share one
    /// payload, and encoding it twice per send (the body, and the signed string with a UTF-16
    /// copy on the way) allocated about 3 KB per delivery (issue 16). Weak: an entry goes with
    /// its payload.
    /// </summary>
    private static readonly ConditionalWeakTable<DeliveryPayload, byte[]> Bodies = new();

    private const string JsonContentType = "application/json; charset=utf-8";
    private const string UserAgent = "Incidents-Webhooks/1.0";

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
        var body = delivery.Content is { } payload
            ? Bodies.GetValue(payload, static p => Encoding.UTF8.GetBytes(p.Json))
            : Encoding.UTF8.GetBytes(delivery.Payload);
        var content = new ByteArrayContent(body);
        // Values we build ourselves, known to be valid (no line breaks, a fixed media type and
        // product): added without HttpHeaders' parsing and validation, which allocated about
        // 600 bytes per send (issue 16).
        content.Headers.TryAddWithoutValidation("Content-Type", JsonContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Url)
        {
            Content = content,
        };
        var headers = request.Headers;
        headers.TryAddWithoutValidation("webhook-id", delivery.MessageId);
        headers.TryAddWithoutValidation(
            "webhook-timestamp",
            timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        headers.TryAddWithoutValidation(
            "webhook-signature",
            WebhookSignature.Sign(subscriber.Secret, delivery.MessageId, timestamp, body)
        );
        headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Options.Set(ReceiverKey, subscriber.Id.ToString("N"));

        try
        {
            // The named client's handler chain (rotated by the factory as for CreateClient) without
            // an HttpClient around it: HttpClient linked a token source to ours and ran one more
            // async layer per send, for nothing a webhook uses (no base address, no client
            // timeout; the response body is never read).
            using var invoker = new HttpMessageInvoker(
                handlers.CreateHandler(ClientName),
                disposeHandler: false
            );
            using var response = await invoker.SendAsync(request, cancellationToken);
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
