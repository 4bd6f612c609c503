using Incidents.Application.Audit.Common;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.Subscribe;

/// <summary>
/// Self-service email subscription (public, unauthenticated): creates an unconfirmed subscriber
/// and queues the double opt-in mail.
/// </summary>
/// <param name="ClientKey">Who is asking (e.g. the remote IP), for rate limiting.</param>
/// <param name="IncidentId">Follow this unresolved incident only (from its permalink).</param>
/// <param name="Language">The language of the mails (the form's page language); the page's default without it.</param>
/// <param name="UntilPostmortem">A follower stays until the postmortem is published instead of until resolution.</param>
public sealed record SubscribeCommand(
    string PageSlug,
    string? Email,
    IReadOnlyList<Guid>? Components,
    string? ClientKey,
    [property: NotAuditTarget] Guid? IncidentId = null,
    bool? UntilPostmortem = null,
    string? Language = null
) : ICommand<SubscribeOutcome>;
