using Incidents.Application.Common.Models;
using Incidents.Application.Subscribers.Queries;

namespace Incidents.Api.OperatorConsole.Models;

/// <param name="Message">What the last action did ("Delivery queued for retry"), or null.</param>
public sealed record SubscriberViewModel(
    ConsolePageAccess Access,
    SubscriberDto Subscriber,
    PagedResult<DeliveryDto> Deliveries,
    string? Message
);
