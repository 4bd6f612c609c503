using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Incidents.Infrastructure.Notifications.Channels.Webhooks;

/// <summary>
/// Runs each webhook request within the attempt timeout, and through its receiver's pipeline
/// (<see cref="ReceiverPipelines"/>): a circuit breaker per receiver (subscriber), not per host — many
/// subscribers share hooks.slack.com or a customer's gateway, and one failing one must not hold
/// the rest — from that receiver's first transient failure on.
/// </summary>
internal sealed class ReceiverResilienceHandler(ReceiverPipelines pipelines) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var receiver = request.Options.TryGetValue(WebhookChannel.ReceiverKey, out var key)
            ? key
            : request.RequestUri?.Authority ?? string.Empty;
        if (pipelines.Guarded(receiver) is { } guarded)
        {
            return await SendThroughAsync(guarded, request, cancellationToken);
        }

        HttpResponseMessage response;
        try
        {
            response = await SendWithinAttemptTimeoutAsync(request, cancellationToken);
        }
        catch (Exception e)
            when (!cancellationToken.IsCancellationRequested
                && IsTransient(Outcome.FromException<HttpResponseMessage>(e))
            )
        {
            await pipelines.RecordFirstFailureAsync(
                receiver,
                Outcome.FromException<HttpResponseMessage>(e)
            );
            throw;
        }

        if (IsTransient(Outcome.FromResult(response)))
        {
            await pipelines.RecordFirstFailureAsync(receiver, Outcome.FromResult(response));
        }

        return response;
    }

    /// <summary>
    /// What the breaker counts as a failure (its default predicate). The overload taking a
    /// cancellation token is experimental (EXTEXP0001); a cancelled send is excluded above.
    /// </summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome);

    /// <summary>
    /// The attempt timeout alone, for a receiver that has not failed: a timed token source, as
    /// Polly's timeout strategy uses, without the pipeline around it (its context, outcome and
    /// state machines cost about 3 µs of CPU per send in the channel benchmark: ADR 0177). It
    /// fails the same way, with <see cref="TimeoutRejectedException"/>.
    /// </summary>
    private async Task<HttpResponseMessage> SendWithinAttemptTimeoutAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var timeout = pipelines.AttemptTimeout;
        using var attempt = new CancellationTokenSource(timeout, pipelines.Time);
        using var stopping = cancellationToken.UnsafeRegister(
            static source => ((CancellationTokenSource)source!).Cancel(),
            attempt
        );
        try
        {
            return await base.SendAsync(request, attempt.Token);
        }
        catch (OperationCanceledException e)
            when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutRejectedException(
                $"The operation didn't complete within the allowed timeout of '{timeout}'.",
                timeout,
                e
            );
        }
    }

    private ValueTask<HttpResponseMessage> SendThroughAsync(
        ResiliencePipeline<HttpResponseMessage> pipeline,
        HttpRequestMessage request,
        CancellationToken cancellationToken
    ) =>
        pipeline.ExecuteAsync(
            static (state, token) =>
                new ValueTask<HttpResponseMessage>(state.Handler.Forward(state.Request, token)),
            (Handler: this, Request: request),
            cancellationToken
        );

    private Task<HttpResponseMessage> Forward(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    ) => base.SendAsync(request, cancellationToken);
}
