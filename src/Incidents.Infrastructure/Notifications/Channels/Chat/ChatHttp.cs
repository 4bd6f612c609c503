using System.Net.Http.Headers;
using System.Text;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Channels.Webhooks;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Incidents.Infrastructure.Notifications.Channels.Chat;

/// <summary>
/// Posts a chat payload through the webhooks' HTTP client — the same SSRF guard at connect time,
/// no redirects, the attempt timeout and a circuit breaker per subscriber — and hands the answer
/// to the platform's channel to interpret.
/// </summary>
internal sealed class ChatHttp(IHttpClientFactory clients, TimeProvider time)
{
    private static readonly TimeSpan HalfOpenWait = TimeSpan.FromSeconds(1);

    /// <summary>The platform's answer; <see cref="Failure"/> instead when there was none.</summary>
    public sealed record Answer(
        int Status,
        string Body,
        TimeSpan? RetryAfter,
        string? ContentType,
        ChannelResult? Failure
    );

    public async Task<Answer> PostAsync(
        Subscriber subscriber,
        string url,
        string json,
        CancellationToken cancellationToken
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.ParseAdd("Incidents-Chat/1.0");
        request.Options.Set(WebhookChannel.ReceiverKey, subscriber.Id.ToString("N"));
        try
        {
            using var response = await clients
                .CreateClient(WebhookChannel.ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            // Error bodies are short; read at most 4 KB of them for the delivery log.
            var body = await ReadLimitedAsync(response.Content, cancellationToken);
            return new Answer(
                (int)response.StatusCode,
                body,
                RetryAfter(response.Headers.RetryAfter),
                response.Content.Headers.ContentType?.MediaType,
                null
            );
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException)
        {
            return Failed(ChannelResult.Failed("Timed out waiting for the chat platform."));
        }
        catch (BrokenCircuitException e)
        {
            var wait = e.RetryAfter is { } left && left > TimeSpan.Zero ? left : HalfOpenWait;
            return Failed(
                ChannelResult.Defer(
                    "Circuit open: this chat webhook failed repeatedly; held back, not attempted.",
                    wait
                )
            );
        }
        catch (HttpRequestException e)
        {
            return Failed(ChannelResult.Failed(e.Message));
        }
    }

    /// <summary>Retry-After as a delta or a date (RFC 9110).</summary>
    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header is null ? null
        : header.Delta is { } delta ? delta
        : header.Date is { } date ? date - time.GetUtcNow()
        : null;

    private static Answer Failed(ChannelResult failure) =>
        new(0, string.Empty, null, null, failure);

    private static async Task<string> ReadLimitedAsync(
        HttpContent content,
        CancellationToken cancellationToken
    )
    {
        const int max = 4096;
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[max];
        var read = 0;
        while (read < max)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read, max - read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
