namespace Incidents.Application.Subscribers.Queries;

/// <param name="State">Pending, Deferred (held back by our own protection, no attempt used), Succeeded or Failed.</param>
/// <param name="Deferrals">How often our own protection (an open circuit) held it back; never counted as attempts.</param>
public sealed record DeliveryDto(
    Guid Id,
    Guid SubscriberId,
    string EventType,
    string MessageId,
    string State,
    int Attempts,
    int Deferrals,
    string? DeferredReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? CompletedAt,
    int? ResponseStatus,
    string? LastError
);
