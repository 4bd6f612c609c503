using Mediator;

namespace Incidents.Application.Subscribers.Commands.ConfirmSubscription;

/// <summary>The double opt-in link was opened. Returns the page's name for the answer page.</summary>
public sealed record ConfirmSubscriptionCommand(string Token) : ICommand<string>;
