using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.RetryDelivery;

public sealed class RetryDeliveryCommandHandler(
    ISubscriberRepository subscribers,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<RetryDeliveryCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        RetryDeliveryCommand command,
        CancellationToken cancellationToken
    )
    {
        var delivery =
            await subscribers.GetDeliveryAsync(caller.PageId, command.DeliveryId, cancellationToken)
            ?? throw new NotFoundException($"Delivery {command.DeliveryId} not found.");
        delivery.Replay(timeProvider.GetUtcNow());
        return Unit.Value;
    }
}
