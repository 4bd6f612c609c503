namespace Incidents.Api.Models.Subscribers;

/// <param name="Type">Email, Webhook, Slack, Teams or Discord.</param>
/// <param name="Components">Component ids; empty = every component.</param>
/// <param name="Events">incident.created, incident.updated, incident.resolved, component.status_changed; empty = all.</param>
public sealed record SubscriberCreateModel(
    string? Type,
    string? Email,
    string? Url,
    IReadOnlyList<Guid>? Components,
    IReadOnlyList<string>? Events
);
