using System.Collections.Concurrent;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Incidents.Infrastructure.Notifications.Channels.Webhooks;

/// <summary>
/// The webhook client's Polly pipelines: a circuit breaker (with the attempt timeout) per
/// receiver (subscriber), created on that receiver's first transient failure — not on its first
/// request. Building a Polly pipeline (options validation, components) cost about as much CPU as
/// 15–20 requests on loopback, and a first fan-out to 10,000 subscribers built 10,000 of them
/// (Microsoft.Extensions.Http.Resilience's keyed registry); a receiver that never failed has
/// nothing for a breaker to count but its successes. A singleton: the circuits outlive the
/// handler chains IHttpClientFactory rotates (ADR 0105).
/// </summary>
internal sealed partial class ReceiverPipelines
{
    private readonly ConcurrentDictionary<
        string,
        ResiliencePipeline<HttpResponseMessage>
    > _guarded = new(StringComparer.Ordinal);
    private readonly IOptions<NotificationOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReceiverPipelines> _logger;

    public ReceiverPipelines(
        IOptions<NotificationOptions> options,
        TimeProvider time,
        ILogger<ReceiverPipelines> logger
    )
    {
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// How long one attempt may take. Receivers that have not failed yet get it from
    /// <see cref="ReceiverResilienceHandler"/> directly, not through a Polly pipeline (ADR 0177).
    /// </summary>
    public TimeSpan AttemptTimeout => _options.Value.Webhooks.AttemptTimeout;

    /// <summary>The clock the attempt timeout runs on (a fake one in tests).</summary>
    public TimeProvider Time => _time;

    /// <summary>The receiver's breaker-and-timeout pipeline, once it has failed.</summary>
    public ResiliencePipeline<HttpResponseMessage>? Guarded(string receiver) =>
        _guarded.GetValueOrDefault(receiver);

    /// <summary>
    /// The receiver's first transient failure: gives it its breaker and records that failure in
    /// it (replayed through the new pipeline, nothing is sent), so the breaker counts from the
    /// same first failure as one that had existed all along.
    /// </summary>
    public async Task RecordFirstFailureAsync(string receiver, Outcome<HttpResponseMessage> failure)
    {
        var guarded = _guarded.GetOrAdd(receiver, static (key, self) => self.Build(key), this);
        try
        {
            await guarded.ExecuteAsync(
                static (outcome, _) =>
                    outcome.Exception is { } e
                        ? ValueTask.FromException<HttpResponseMessage>(e)
                        : ValueTask.FromResult(outcome.Result!),
                failure,
                CancellationToken.None
            );
        }
        catch (Exception)
        {
            // The replayed exception (or a just-opened circuit): the caller reports the original.
        }
    }

    private ResiliencePipeline<HttpResponseMessage> Build(string receiver)
    {
        var webhooks = _options.Value.Webhooks;
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time }
            // No retry strategy here: retries are the delivery schedule, persisted.
            .AddCircuitBreaker(
                new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = webhooks.CircuitFailureRatio,
                    MinimumThroughput = webhooks.CircuitMinimumThroughput,
                    SamplingDuration = webhooks.CircuitSamplingDuration,
                    BreakDuration = webhooks.CircuitBreakDuration,
                    OnOpened = args =>
                    {
                        LogOpened(_logger, receiver, args.BreakDuration);
                        return ValueTask.CompletedTask;
                    },
                }
            )
            .AddTimeout(webhooks.AttemptTimeout)
            .Build();
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Circuit opened for webhook receiver {Receiver} for {BreakDuration}"
    )]
    private static partial void LogOpened(ILogger logger, string receiver, TimeSpan breakDuration);
}
