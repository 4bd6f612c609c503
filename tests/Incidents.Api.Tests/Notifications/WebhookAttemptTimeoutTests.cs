using Incidents.Infrastructure.Notifications;
using Incidents.Infrastructure.Notifications.Channels.Webhooks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// The attempt timeout of a receiver that has not failed yet, applied by the handler itself
/// rather than a Polly pipeline (ADR 0177): it ends a hanging send after exactly that long, as
/// Polly's timeout did (the channel turns it into "Timed out waiting for the receiver."), counts
/// as the receiver's first failure, and a cancelled send stays a cancellation.
/// </summary>
public sealed class WebhookAttemptTimeoutTests
{
    /// <summary>Longer than any wait below: only the fake clock can make it run out.</summary>
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AHangingReceiver_TimesOutAfterTheAttemptTimeout_AndGetsItsBreaker()
    {
        var time = new FakeTimeProvider();
        var pipelines = Pipelines(time);
        using var invoker = Invoker(pipelines, new HangingHandler());

        var sending = invoker.SendAsync(Request("receiver-1"), CancellationToken.None);
        time.Advance(AttemptTimeout - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(sending.IsCompleted, "ended before its attempt timeout");

        time.Advance(TimeSpan.FromMilliseconds(1));
        var timedOut = await Assert.ThrowsAsync<TimeoutRejectedException>(() =>
            sending.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)
        );
        Assert.Equal(AttemptTimeout, timedOut.Timeout);
        Assert.NotNull(pipelines.Guarded("receiver-1"));
        Assert.Null(pipelines.Guarded("receiver-2"));
    }

    [Fact]
    public async Task ACancelledSend_IsACancellation_NotATimeoutOrAFailure()
    {
        var time = new FakeTimeProvider();
        var pipelines = Pipelines(time);
        using var invoker = Invoker(pipelines, new HangingHandler());
        using var stopping = new CancellationTokenSource();

        var sending = invoker.SendAsync(Request("receiver-1"), stopping.Token);
        await stopping.CancelAsync();

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            sending.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)
        );
        Assert.IsNotType<TimeoutRejectedException>(cancelled);
        Assert.Null(pipelines.Guarded("receiver-1"));
    }

    [Fact]
    public async Task AnAnsweringReceiver_IsNotTimedOut_ByItsAttemptTimeoutLater()
    {
        var time = new FakeTimeProvider();
        var pipelines = Pipelines(time);
        using var invoker = Invoker(pipelines, new AnsweringHandler());

        using var response = await invoker.SendAsync(
            Request("receiver-1"),
            TestContext.Current.CancellationToken
        );
        time.Advance(AttemptTimeout * 2);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Null(pipelines.Guarded("receiver-1"));
    }

    private static ReceiverPipelines Pipelines(TimeProvider time) =>
        new(
            Options.Create(
                new NotificationOptions
                {
                    Webhooks = new NotificationOptions.WebhookOptions
                    {
                        AttemptTimeout = AttemptTimeout,
                    },
                }
            ),
            time,
            NullLogger<ReceiverPipelines>.Instance
        );

    private static HttpMessageInvoker Invoker(
        ReceiverPipelines pipelines,
        HttpMessageHandler inner
    ) => new(new ReceiverResilienceHandler(pipelines) { InnerHandler = inner });

    private static HttpRequestMessage Request(string receiver)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "http://receiver.test/hook");
        request.Options.Set(WebhookChannel.ReceiverKey, receiver);
        return request;
    }

    /// <summary>A receiver that never answers: the send ends only when its token is cancelled.</summary>
    private sealed class HangingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class AnsweringHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        ) => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
    }
}
