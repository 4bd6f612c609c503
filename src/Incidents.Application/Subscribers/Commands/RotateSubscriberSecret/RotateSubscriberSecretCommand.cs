using Mediator;

namespace Incidents.Application.Subscribers.Commands.RotateSubscriberSecret;

/// <summary>Replaces a webhook's signing secret; returns the new one (shown only here).</summary>
public sealed record RotateSubscriberSecretCommand(Guid SubscriberId) : ICommand<string>;
