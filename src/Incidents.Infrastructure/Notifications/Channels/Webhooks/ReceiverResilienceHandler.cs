using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Incidents.Infrastructure.Notifications.Channels.Webhooks;

/// <summary>
/// Runs each webhook request through its receiver's pipeline (<see cref="ReceiverPipelines"/>):
/// the attempt timeout always; a circuit breaker per receiver (subscriber), not per host — many
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
            response = await SendThroughAsync(pipelines.Unguarded, request, cancellationToken);
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
