using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.DeleteSubscriber;

public sealed class DeleteSubscriberCommandHandler(
    ISubscriberRepository subscribers,
    ICurrentCaller caller
) : ICommandHandler<DeleteSubscriberCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        DeleteSubscriberCommand command,
        CancellationToken cancellationToken
    )
    {
        var subscriber =
            await subscribers.GetAsync(caller.PageId, command.SubscriberId, cancellationToken)
            ?? throw new NotFoundException($"Subscriber {command.SubscriberId} not found.");
        subscribers.Remove(subscriber);
        return Unit.Value;
    }
}
