namespace Incidents.Domain.Subscribers;

public enum DeliveryState
{
    Pending = 0,
    Succeeded = 1,
    Failed = 2,
}
