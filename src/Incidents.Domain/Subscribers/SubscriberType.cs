namespace Incidents.Domain.Subscribers;

public enum SubscriberType
{
    Email = 0,
    Webhook = 1,
}
