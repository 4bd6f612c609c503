using Mediator;

namespace Incidents.Application.Subscribers.Commands.Subscribe;

/// <summary>
/// Self-service email subscription (public, unauthenticated): creates an unconfirmed subscriber
/// and queues the double opt-in mail.
/// </summary>
/// <param name="ClientKey">Who is asking (e.g. the remote IP), for rate limiting.</param>
public sealed record SubscribeCommand(
    string PageSlug,
    string? Email,
    IReadOnlyList<Guid>? Components,
    string? ClientKey
) : ICommand<SubscribeOutcome>;
