namespace Incidents.Api.Models.Subscribers;

/// <param name="Type">Email or Webhook.</param>
/// <param name="Components">Component ids; empty = every component.</param>
/// <param name="Events">Event types (NotificationEventTypes.All, e.g. incident.created, incident.postmortem_published, component.status_changed); empty = all.</param>
public sealed record SubscriberCreateModel(
    string? Type,
    string? Email,
    string? Url,
    IReadOnlyList<Guid>? Components,
    IReadOnlyList<string>? Events
);
