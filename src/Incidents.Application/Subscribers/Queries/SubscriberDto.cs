namespace Incidents.Application.Subscribers.Queries;

/// <summary>
/// A subscriber as the admin API shows it: never its secret or token. IncidentId is the one
/// incident a follower follows (null for a page-wide subscriber).
/// </summary>
public sealed record SubscriberDto(
    Guid Id,
    string Type,
    string? Email,
    string? Url,
    IReadOnlyList<Guid> Components,
    IReadOnlyList<string> Events,
    bool IsConfirmed,
    bool IsActive,
    DateTimeOffset? DisabledAt,
    string? DisabledReason,
    DateTimeOffset CreatedAt,
    Guid? IncidentId,
    bool UntilPostmortem,
    DateTimeOffset? FollowEndedAt,
    string Language = "en"
);
