using Mediator;

namespace Incidents.Application.Subscribers.Queries.GetSubscriber;

public sealed record GetSubscriberQuery(Guid SubscriberId) : IQuery<SubscriberDto>;
