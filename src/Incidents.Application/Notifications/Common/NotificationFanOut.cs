using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Components.Queries;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Subscribers;

namespace Incidents.Application.Notifications.Common;

/// <summary>
/// Turns one committed event into one delivery per matching active subscriber. Runs inside the
/// outbox dispatcher's transaction, so the deliveries exist if and only if the outbox row is
/// marked processed.
/// </summary>
public sealed class NotificationFanOut(
    ISubscriberRepository subscribers,
    IComponentReadRepository components,
    INotificationPageReader pages,
    TimeProvider timeProvider
)
{
    public Task<int> IncidentAsync(
        Guid pageId,
        NotificationPayloads.IncidentChange change,
        IReadOnlyList<Guid> affectedComponentIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(change);
        return ToSubscribersAsync(
            pageId,
            change.Type,
            change.Notify,
            affectedComponentIds,
            (page, components) => NotificationPayloads.ForIncident(change, page, components),
            cancellationToken,
            change.IncidentId
        );
    }

    /// <summary>Like an incident update whose status is "Postmortem" and whose text is the postmortem.</summary>
    public Task<int> PostmortemAsync(
        IncidentPostmortemPublished published,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(published);
        return ToSubscribersAsync(
            published.PageId,
            NotificationEventTypes.IncidentPostmortemPublished,
            published.Notify,
            published.AffectedComponentIds,
            (page, components) => NotificationPayloads.ForPostmortem(published, page, components),
            cancellationToken,
            published.IncidentId
        );
    }

    /// <summary>
    /// Only webhooks that filter for incident.deleted by name (<see cref="Subscriber.Matches"/>):
    /// a mail saying that something nobody was told about is gone would only confuse.
    /// </summary>
    public async Task<int> IncidentDeletedAsync(
        IncidentDeleted deleted,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(deleted);
        const string type = NotificationEventTypes.IncidentDeleted;
        var targets = (await subscribers.ListActiveAsync(deleted.PageId, cancellationToken))
            .Where(s =>
                s.Type == SubscriberType.Webhook && s.Matches(type, deleted.AffectedComponentIds)
            )
            .ToList();
        if (targets.Count == 0)
        {
            return 0;
        }

        var page = await pages.GetPageAsync(deleted.PageId, cancellationToken);
        return page is null
            ? 0
            : AddDeliveries(
                deleted.PageId,
                type,
                NotificationPayloads.ForDeleted(deleted, page),
                targets
            );
    }

    /// <summary>Like an incident: IsNotify false silences it, component filters apply.</summary>
    public Task<int> MaintenanceAsync(
        string type,
        MaintenanceChange change,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(change);
        return ToSubscribersAsync(
            change.PageId,
            type,
            change.Notify,
            change.AffectedComponentIds,
            (page, components) =>
                NotificationPayloads.ForMaintenance(type, change, page, components),
            cancellationToken
        );
    }

    /// <summary>
    /// The fan-out shared by incidents and maintenances: the page's active subscribers that want
    /// this type and one of these components (and the followers of this incident) each get one
    /// delivery of the same payload.
    /// </summary>
    private async Task<int> ToSubscribersAsync(
        Guid pageId,
        string type,
        bool notify,
        IReadOnlyList<Guid> affectedComponentIds,
        Func<
            NotificationPage,
            IReadOnlyList<NotificationPayloads.ComponentInfo>,
            string
        > payloadFor,
        CancellationToken cancellationToken,
        Guid? incidentId = null
    )
    {
        if (!notify)
        {
            return 0;
        }

        var targets = (await subscribers.ListActiveAsync(pageId, cancellationToken))
            .Where(s => s.Matches(type, affectedComponentIds, incidentId))
            .ToList();
        if (targets.Count == 0)
        {
            return 0;
        }

        var page = await pages.GetPageAsync(pageId, cancellationToken);
        if (page is null)
        {
            return 0;
        }

        var byId = (await components.ListAsync(pageId, cancellationToken)).ToDictionary(c => c.Id);
        var infos = affectedComponentIds
            .Where(byId.ContainsKey)
            .Select(id => Info(byId[id]))
            .ToList();
        return AddDeliveries(pageId, type, payloadFor(page, infos), targets);
    }

    public async Task<int> ComponentAsync(
        ComponentStatusChanged changed,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (!changed.Notify)
        {
            return 0;
        }

        const string type = NotificationEventTypes.ComponentStatusChanged;
        // An email or chat subscriber already gets the incident's (or maintenance's) own message
        // for the same change; a second one per component would be noise. Webhooks get both:
        // machines filter by type.
        var causedByAnother =
            changed.CausedByIncidentId is not null || changed.CausedByMaintenanceId is not null;
        var targets = (await subscribers.ListActiveAsync(changed.PageId, cancellationToken))
            .Where(s =>
                s.Matches(type, [changed.ComponentId])
                && (s.Type == SubscriberType.Webhook || !causedByAnother)
            )
            .ToList();
        if (targets.Count == 0)
        {
            return 0;
        }

        var page = await pages.GetPageAsync(changed.PageId, cancellationToken);
        if (page is null)
        {
            return 0;
        }

        var info = new NotificationPayloads.ComponentInfo(
            changed.ComponentId,
            changed.ComponentName,
            Vocabulary<ComponentStatus>.Display(changed.Status)
        );
        var payload = NotificationPayloads.ForComponent(changed, page, info);
        return AddDeliveries(changed.PageId, type, payload, targets);
    }

    private int AddDeliveries(Guid pageId, string type, string payload, List<Subscriber> targets)
    {
        var now = timeProvider.GetUtcNow();
        // One payload for all of them: it is stored once, not once per subscriber.
        var shared = DeliveryPayload.Create(payload, now);
        foreach (var subscriber in targets)
        {
            subscribers.AddDelivery(Delivery.Create(pageId, subscriber.Id, type, shared, now));
        }

        return targets.Count;
    }

    private static NotificationPayloads.ComponentInfo Info(Component component) =>
        new(component.Id, component.Name, Vocabulary<ComponentStatus>.Display(component.Status));
}
