using Incidents.Domain.Subscribers;

namespace Incidents.Application.Subscribers.Queries;

public static class SubscriberMappings
{
    public static SubscriberDto ToDto(this Subscriber s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.Id,
            s.Type.ToString(),
            s.Email,
            s.Url,
            s.ComponentIds,
            s.EventTypes,
            s.IsConfirmed,
            s.IsActive,
            s.DisabledAt,
            s.DisabledReason,
            s.CreatedAt,
            s.IncidentId,
            s.UntilPostmortem,
            s.FollowEndedAt,
            s.Language
        );
    }

    public static DeliveryDto ToDto(this Delivery d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Id,
            d.SubscriberId,
            d.EventType,
            d.MessageId,
            d.IsDeferred ? "Deferred" : d.State.ToString(),
            d.Attempts,
            d.Deferrals,
            d.DeferredReason,
            d.CreatedAt,
            d.NextAttemptAt,
            d.LastAttemptAt,
            d.CompletedAt,
            d.ResponseStatus,
            d.LastError
        );
    }
}
