using Incidents.Api.OpenApi;
using Incidents.Domain.Subscribers;

namespace Incidents.Api.Models.Subscribers;

/// <param name="Type">Email, Webhook, Slack, Teams or Discord.</param>
/// <param name="Components">Component ids; empty = every component.</param>
/// <param name="IncidentId">Email only: follow this unresolved incident only (ends when it resolves).</param>
/// <param name="Language">Email only: the language of the mails (en, de, fr, es, ja); the page's default language without it.</param>
/// <param name="UntilPostmortem">The follower stays until the postmortem is published.</param>
/// <param name="Events">Event types (NotificationEventTypes.All, e.g. incident.created, incident.postmortem_published, component.status_changed); empty = all.</param>
public sealed record SubscriberCreateModel(
    [ContractRequired, Vocabulary(typeof(SubscriberType))] string? Type,
    string? Email,
    string? Url,
    IReadOnlyList<Guid>? Components,
    IReadOnlyList<string>? Events,
    Guid? IncidentId = null,
    bool? UntilPostmortem = null,
    string? Language = null
);
