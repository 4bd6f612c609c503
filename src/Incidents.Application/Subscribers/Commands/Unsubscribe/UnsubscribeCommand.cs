using Mediator;

namespace Incidents.Application.Subscribers.Commands.Unsubscribe;

/// <summary>One-click unsubscribe (RFC 8058): removes the subscriber; unknown tokens succeed quietly.</summary>
public sealed record UnsubscribeCommand(string Token) : ICommand<bool>;
