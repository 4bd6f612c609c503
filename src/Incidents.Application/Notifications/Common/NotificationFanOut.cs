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
/// marked processed. It declares the fan-out (<see cref="FanOut"/>: the payload and who wants it)
/// rather than reading the page's subscribers: the dispatcher reads them a slice at a time.
/// </summary>
public sealed class NotificationFanOut(
    ISubscriberRepository subscribers,
    IComponentReadRepository components,
    INotificationPageReader pages,
    TimeProvider timeProvider
)
{
    public Task IncidentAsync(
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
    public Task PostmortemAsync(
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
    public async Task IncidentDeletedAsync(
        IncidentDeleted deleted,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(deleted);
        const string type = NotificationEventTypes.IncidentDeleted;
        if (!await subscribers.AnyActiveAsync(deleted.PageId, cancellationToken))
        {
            return;
        }

        var page = await pages.GetPageAsync(deleted.PageId, cancellationToken);
        if (page is null)
        {
            return;
        }

        var components = deleted.AffectedComponentIds;
        AddFanOut(
            deleted.PageId,
            type,
            NotificationPayloads.ForDeleted(deleted, page),
            s => s.Type == SubscriberType.Webhook && s.Matches(type, components)
        );
    }

    /// <summary>Like an incident: IsNotify false silences it, component filters apply.</summary>
    public Task MaintenanceAsync(
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
    private async Task ToSubscribersAsync(
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
        if (!notify || !await subscribers.AnyActiveAsync(pageId, cancellationToken))
        {
            return;
        }

        var page = await pages.GetPageAsync(pageId, cancellationToken);
        if (page is null)
        {
            return;
        }

        var byId = (await components.ListAsync(pageId, cancellationToken)).ToDictionary(c => c.Id);
        var infos = affectedComponentIds
            .Where(byId.ContainsKey)
            .Select(id => Info(byId[id]))
            .ToList();
        AddFanOut(
            pageId,
            type,
            payloadFor(page, infos),
            s => s.Matches(type, affectedComponentIds, incidentId)
        );
    }

    public async Task ComponentAsync(
        ComponentStatusChanged changed,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (!changed.Notify || !await subscribers.AnyActiveAsync(changed.PageId, cancellationToken))
        {
            return;
        }

        const string type = NotificationEventTypes.ComponentStatusChanged;
        // An email or chat subscriber already gets the incident's (or maintenance's) own message
        // for the same change; a second one per component would be noise. Webhooks get both:
        // machines filter by type.
        var causedByAnother =
            changed.CausedByIncidentId is not null || changed.CausedByMaintenanceId is not null;
        Guid[] component = [changed.ComponentId];
        var page = await pages.GetPageAsync(changed.PageId, cancellationToken);
        if (page is null)
        {
            return;
        }

        var info = new NotificationPayloads.ComponentInfo(
            changed.ComponentId,
            changed.ComponentName,
            Vocabulary<ComponentStatus>.Display(changed.Status)
        );
        AddFanOut(
            changed.PageId,
            type,
            NotificationPayloads.ForComponent(changed, page, info),
            s =>
                s.Matches(type, component) && (s.Type == SubscriberType.Webhook || !causedByAnother)
        );
    }

    private void AddFanOut(Guid pageId, string type, string payload, Func<Subscriber, bool> wants)
    {
        var now = timeProvider.GetUtcNow();
        // One payload for all of them: it is stored once, not once per subscriber.
        subscribers.AddFanOut(
            new FanOut(pageId, type, DeliveryPayload.Create(payload, now), wants, now)
        );
    }

    private static NotificationPayloads.ComponentInfo Info(Component component) =>
        new(component.Id, component.Name, Vocabulary<ComponentStatus>.Display(component.Status));
}
