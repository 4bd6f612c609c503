using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.RotateSubscriberSecret;

public sealed class RotateSubscriberSecretCommandHandler(
    ISubscriberRepository subscribers,
    ICurrentCaller caller
) : ICommandHandler<RotateSubscriberSecretCommand, string>
{
    public async ValueTask<string> Handle(
        RotateSubscriberSecretCommand command,
        CancellationToken cancellationToken
    )
    {
        var subscriber =
            await subscribers.GetAsync(caller.PageId, command.SubscriberId, cancellationToken)
            ?? throw new NotFoundException($"Subscriber {command.SubscriberId} not found.");
        return subscriber.RotateSecret();
    }
}
