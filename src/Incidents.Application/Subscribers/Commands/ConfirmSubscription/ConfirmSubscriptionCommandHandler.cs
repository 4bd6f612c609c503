using Incidents.Application.Common.Exceptions;
using Incidents.Application.Notifications.Common;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.ConfirmSubscription;

public sealed class ConfirmSubscriptionCommandHandler(
    ISubscriberRepository subscribers,
    INotificationPageReader pages
) : ICommandHandler<ConfirmSubscriptionCommand, string>
{
    public async ValueTask<string> Handle(
        ConfirmSubscriptionCommand command,
        CancellationToken cancellationToken
    )
    {
        var subscriber =
            await subscribers.GetByTokenAsync(command.Token, cancellationToken)
            ?? throw new NotFoundException("This link is not valid (any more).");
        subscriber.Confirm();
        var page = await pages.GetPageAsync(subscriber.PageId, cancellationToken);
        return page?.Name ?? string.Empty;
    }
}
