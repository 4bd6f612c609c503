namespace Incidents.Domain.Subscribers;

/// <summary>The event types a subscriber can filter on; also the webhook body's "type".</summary>
public static class NotificationEventTypes
{
    public const string IncidentCreated = "incident.created";
    public const string IncidentUpdated = "incident.updated";
    public const string IncidentResolved = "incident.resolved";
    public const string IncidentPostmortemPublished = "incident.postmortem_published";

    /// <summary>Sent only to subscribers whose filter names it: an empty filter (everything) does not include it.</summary>
    public const string IncidentDeleted = "incident.deleted";
    public const string ComponentStatusChanged = "component.status_changed";
    public const string MaintenanceScheduled = "maintenance.scheduled";
    public const string MaintenanceRescheduled = "maintenance.rescheduled";
    public const string MaintenanceReminder = "maintenance.reminder";
    public const string MaintenanceStarted = "maintenance.started";
    public const string MaintenanceUpdated = "maintenance.updated";
    public const string MaintenanceCompleted = "maintenance.completed";
    public const string MaintenanceCancelled = "maintenance.cancelled";

    /// <summary>Not subscribable: the double opt-in mail of a self-service subscription.</summary>
    public const string SubscriptionConfirmation = "subscription.confirmation";

    public static readonly IReadOnlyList<string> All =
    [
        IncidentCreated,
        IncidentUpdated,
        IncidentResolved,
        IncidentPostmortemPublished,
        IncidentDeleted,
        ComponentStatusChanged,
        MaintenanceScheduled,
        MaintenanceRescheduled,
        MaintenanceReminder,
        MaintenanceStarted,
        MaintenanceUpdated,
        MaintenanceCompleted,
        MaintenanceCancelled,
    ];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
