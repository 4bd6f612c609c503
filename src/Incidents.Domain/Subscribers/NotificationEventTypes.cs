namespace Incidents.Domain.Subscribers;

/// <summary>The event types a subscriber can filter on; also the webhook body's "type".</summary>
public static class NotificationEventTypes
{
    public const string IncidentCreated = "incident.created";
    public const string IncidentUpdated = "incident.updated";
    public const string IncidentResolved = "incident.resolved";
    public const string ComponentStatusChanged = "component.status_changed";

    /// <summary>Not subscribable: the double opt-in mail of a self-service subscription.</summary>
    public const string SubscriptionConfirmation = "subscription.confirmation";

    public static readonly IReadOnlyList<string> All =
    [
        IncidentCreated,
        IncidentUpdated,
        IncidentResolved,
        ComponentStatusChanged,
    ];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
