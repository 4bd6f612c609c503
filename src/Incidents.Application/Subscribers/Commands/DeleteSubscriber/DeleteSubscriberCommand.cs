using Mediator;

namespace Incidents.Application.Subscribers.Commands.DeleteSubscriber;

public sealed record DeleteSubscriberCommand(Guid SubscriberId) : ICommand<Unit>;
