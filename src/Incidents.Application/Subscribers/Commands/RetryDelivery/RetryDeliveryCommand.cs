using Mediator;

namespace Incidents.Application.Subscribers.Commands.RetryDelivery;

/// <summary>Replays a finished (failed or succeeded) delivery with the same webhook-id and payload.</summary>
public sealed record RetryDeliveryCommand(Guid DeliveryId) : ICommand<Unit>;
