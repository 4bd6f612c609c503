using Incidents.Application.Notifications.Common;
using Incidents.Application.Subscribers.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Notifications.EventHandlers;

/// <summary>
/// Run by the outbox dispatcher after commit (never in the request): fans each notifying event out
/// to the page's matching subscribers as delivery rows.
/// </summary>
public sealed class SubscriberNotificationHandler(
    NotificationFanOut fanOut,
    IncidentFollowers followers
)
    : INotificationHandler<IncidentOpened>,
        INotificationHandler<IncidentUpdated>,
        INotificationHandler<IncidentResolved>,
        INotificationHandler<IncidentPostmortemPublished>,
        INotificationHandler<IncidentDeleted>,
        INotificationHandler<ComponentStatusChanged>,
        INotificationHandler<MaintenanceScheduled>,
        INotificationHandler<MaintenanceRescheduled>,
        INotificationHandler<MaintenanceReminded>,
        INotificationHandler<MaintenanceStarted>,
        INotificationHandler<MaintenanceUpdated>,
        INotificationHandler<MaintenanceCompleted>,
        INotificationHandler<MaintenanceCancelled>
{
    public async ValueTask Handle(IncidentOpened notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await fanOut.IncidentAsync(
            notification.PageId,
            new NotificationPayloads.IncidentChange(
                NotificationEventTypes.IncidentCreated,
                notification.IncidentId,
                notification.UpdateId,
                notification.Title,
                notification.Status,
                notification.Impact,
                notification.Description,
                notification.Notify,
                notification.OccurredAt,
                notification.Translations,
                notification.TitleTranslations
            ),
            notification.AffectedComponentIds,
            cancellationToken
        );
    }

    public async ValueTask Handle(IncidentUpdated notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await fanOut.IncidentAsync(
            notification.PageId,
            new NotificationPayloads.IncidentChange(
                NotificationEventTypes.IncidentUpdated,
                notification.IncidentId,
                notification.UpdateId,
                notification.Title,
                notification.Status,
                notification.Impact,
                notification.Description,
                notification.Notify,
                notification.OccurredAt,
                notification.Translations,
                notification.TitleTranslations
            ),
            notification.AffectedComponentIds,
            cancellationToken
        );
    }

    public async ValueTask Handle(
        IncidentResolved notification,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(notification);
        await fanOut.IncidentAsync(
            notification.PageId,
            new NotificationPayloads.IncidentChange(
                NotificationEventTypes.IncidentResolved,
                notification.IncidentId,
                notification.UpdateId,
                notification.Title,
                IncidentStatus.Resolved,
                notification.Impact,
                notification.Description,
                notification.Notify,
                notification.OccurredAt,
                notification.Translations,
                notification.TitleTranslations
            ),
            notification.AffectedComponentIds,
            cancellationToken
        );
        // After the fan-out: the resolution mail is the followers' last one.
        await followers.EndAsync(
            notification.PageId,
            notification.IncidentId,
            postmortemPublished: false,
            notification.Notify,
            cancellationToken
        );
    }

    public async ValueTask Handle(
        IncidentPostmortemPublished notification,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(notification);
        await fanOut.PostmortemAsync(notification, cancellationToken);
        // Followers who chose to wait for the postmortem: this was their last mail.
        await followers.EndAsync(
            notification.PageId,
            notification.IncidentId,
            postmortemPublished: true,
            notification.Notify,
            cancellationToken
        );
    }

    public async ValueTask Handle(IncidentDeleted notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await fanOut.IncidentDeletedAsync(notification, cancellationToken);
        // Nothing left to follow: its followers go at once (they are never mailed a deletion).
        await followers.EndAsync(
            notification.PageId,
            notification.IncidentId,
            postmortemPublished: true,
            notified: false,
            cancellationToken
        );
    }

    public async ValueTask Handle(
        ComponentStatusChanged notification,
        CancellationToken cancellationToken
    ) => await fanOut.ComponentAsync(notification, cancellationToken);

    public async ValueTask Handle(
        MaintenanceScheduled notification,
        CancellationToken cancellationToken
    ) =>
        await fanOut.MaintenanceAsync(
            NotificationEventTypes.MaintenanceScheduled,
            notification.Change,
            cancellationToken
        );

    public async ValueTask Handle(
        MaintenanceRescheduled notification,
        CancellationToken cancellationToken
    ) =>
        await fanOut.MaintenanceAsync(
            NotificationEventTypes.MaintenanceRescheduled,
            notification.Change,
            cancellationToken
        );

    public async ValueTask Handle(
        MaintenanceReminded notification,
        CancellationToken cancellationToken
    ) =>
        await fanOut.MaintenanceAsync(
            NotificationEventTypes.MaintenanceReminder,
            notification.Change,
            cancellationToken
        );

    public async ValueTask Handle(
        MaintenanceStarted notification,
        CancellationToken cancellationToken
    ) =>
        await fanOut.MaintenanceAsync(
            NotificationEventTypes.MaintenanceStarted,
            notification.Change,
            cancellationToken
        );

    public async ValueTask Handle(
        MaintenanceUpdated notification,
        CancellationToken cancellationToken
    ) =>
        await fanOut.MaintenanceAsync(
            NotificationEventTypes.MaintenanceUpdated,
            notification.Change,
            cancellationToken
        );

    public async ValueTask Handle(
        MaintenanceCompleted notification,
        CancellationToken cancellationToken
    ) =>
        await fanOut.MaintenanceAsync(
            NotificationEventTypes.MaintenanceCompleted,
            notification.Change,
            cancellationToken
        );

    public async ValueTask Handle(
        MaintenanceCancelled notification,
        CancellationToken cancellationToken
    ) =>
        await fanOut.MaintenanceAsync(
            NotificationEventTypes.MaintenanceCancelled,
            notification.Change,
            cancellationToken
        );
}
