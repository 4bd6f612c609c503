using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.Unsubscribe;

public sealed class UnsubscribeCommandHandler(ISubscriberRepository subscribers)
    : ICommandHandler<UnsubscribeCommand, bool>
{
    public async ValueTask<bool> Handle(
        UnsubscribeCommand command,
        CancellationToken cancellationToken
    )
    {
        var subscriber = await subscribers.GetByTokenAsync(command.Token, cancellationToken);
        if (subscriber is null)
        {
            // Already gone: unsubscribing twice is not an error for the person clicking.
            return false;
        }

        subscribers.Remove(subscriber);
        return true;
    }
}
