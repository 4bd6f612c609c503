namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>One timeline entry. AffectedComponents is null: we do not record per-update component changes.</summary>
public sealed record V2IncidentUpdate(
    string Id,
    string Status,
    string Body,
    string IncidentId,
    string CreatedAt,
    string UpdatedAt,
    string DisplayAt,
    IReadOnlyList<V2AffectedComponent>? AffectedComponents,
    bool DeliverNotifications,
    string? CustomTweet,
    string? TweetId
);
