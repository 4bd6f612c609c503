namespace Incidents.Application.Subscribers.Queries;

public sealed record DeliveryDto(
    Guid Id,
    Guid SubscriberId,
    string EventType,
    string MessageId,
    string State,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? CompletedAt,
    int? ResponseStatus,
    string? LastError
);
