using Incidents.Application.Audit.Common;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.CreateSubscriber;

/// <param name="Type">Email, Webhook, Slack, Teams or Discord.</param>
/// <param name="Components">Component ids; empty or null = every component.</param>
/// <param name="Events">Event types (e.g. incident.resolved); empty or null = all.</param>
/// <param name="IncidentId">An Email subscriber that follows this unresolved incident only.</param>
/// <param name="Language">The language of an Email subscriber's mails; the page's default language without it.</param>
/// <param name="UntilPostmortem">The follower stays until the postmortem is published.</param>
public sealed record CreateSubscriberCommand(
    string? Type,
    string? Email,
    string? Url,
    IReadOnlyList<Guid>? Components,
    IReadOnlyList<string>? Events,
    [property: NotAuditTarget] Guid? IncidentId = null,
    bool? UntilPostmortem = null,
    string? Language = null
) : ICommand<CreatedSubscriber>;
