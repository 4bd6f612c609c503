using System.Text.Json;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Subscribers;

namespace Incidents.Application.Notifications.Common;

/// <summary>
/// The webhook body, <c>{"type", "timestamp", "data"}</c>, in camelCase as Standard Webhooks
/// examples are. It is built once per event and stored on every delivery, so retries resend the
/// same bytes; the email channel renders its mail from the same document.
/// </summary>
public static class NotificationPayloads
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public sealed record ComponentInfo(Guid Id, string Name, string Status);

    public sealed record IncidentChange(
        string Type,
        Guid IncidentId,
        Guid UpdateId,
        string Title,
        IncidentStatus Status,
        IncidentImpact Impact,
        string Description,
        bool Notify,
        DateTimeOffset OccurredAt,
        IReadOnlyDictionary<string, string>? Translations = null,
        IReadOnlyDictionary<string, string>? TitleTranslations = null
    );

    /// <summary>Translations are always an object in the payload (empty when there are none).</summary>
    private static readonly IReadOnlyDictionary<string, string> NoTranslations =
        new Dictionary<string, string>();

    public static string ForIncident(
        IncidentChange change,
        NotificationPage page,
        IReadOnlyList<ComponentInfo> components
    )
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(page);
        var status = Vocabulary<IncidentStatus>.Display(change.Status);
        return JsonSerializer.Serialize(
            new
            {
                type = change.Type,
                timestamp = change.OccurredAt,
                data = new
                {
                    page = PageInfo(page),
                    incident = new
                    {
                        id = change.IncidentId,
                        title = change.Title,
                        titleTranslations = change.TitleTranslations ?? NoTranslations,
                        status,
                        impact = Vocabulary<IncidentImpact>.Display(change.Impact),
                    },
                    update = new
                    {
                        id = change.UpdateId,
                        status,
                        description = change.Description,
                        translations = change.Translations ?? NoTranslations,
                        createdAt = change.OccurredAt,
                    },
                    components,
                },
            },
            Options
        );
    }

    /// <summary>
    /// The incident document with an update whose status is "Postmortem" and whose description is
    /// the postmortem (so the mail renders it like any update), plus <c>postmortem</c> itself.
    /// </summary>
    public static string ForPostmortem(
        IncidentPostmortemPublished published,
        NotificationPage page,
        IReadOnlyList<ComponentInfo> components
    )
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(page);
        return JsonSerializer.Serialize(
            new
            {
                type = NotificationEventTypes.IncidentPostmortemPublished,
                timestamp = published.OccurredAt,
                data = new
                {
                    page = PageInfo(page),
                    incident = new
                    {
                        id = published.IncidentId,
                        title = published.Title,
                        status = PublicIncidentMapper.PostmortemStatus,
                        impact = Vocabulary<IncidentImpact>.Display(published.Impact),
                    },
                    update = new
                    {
                        id = published.IncidentId,
                        status = PublicIncidentMapper.PostmortemStatus,
                        description = published.Postmortem,
                        createdAt = published.OccurredAt,
                    },
                    postmortem = new
                    {
                        body = published.Postmortem,
                        publishedAt = published.OccurredAt,
                    },
                    components,
                },
            },
            Options
        );
    }

    /// <summary><c>data</c> = the page and what the deleted incident was (id, title, impact, component ids).</summary>
    public static string ForDeleted(IncidentDeleted deleted, NotificationPage page)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        ArgumentNullException.ThrowIfNull(page);
        return JsonSerializer.Serialize(
            new
            {
                type = NotificationEventTypes.IncidentDeleted,
                timestamp = deleted.OccurredAt,
                data = new
                {
                    page = PageInfo(page),
                    incident = new
                    {
                        id = deleted.IncidentId,
                        title = deleted.Title,
                        impact = Vocabulary<IncidentImpact>.Display(deleted.Impact),
                        affectedComponents = deleted.AffectedComponentIds,
                    },
                },
            },
            Options
        );
    }

    /// <summary>
    /// <c>data</c> = the page, the maintenance as it is after the change (window in UTC, status,
    /// notify choice), the timeline entry written by the change (null for a reminder, which
    /// writes none) and the affected components.
    /// </summary>
    public static string ForMaintenance(
        string type,
        MaintenanceChange change,
        NotificationPage page,
        IReadOnlyList<ComponentInfo> components
    )
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(page);
        var status = Vocabulary<MaintenanceStatus>.Display(change.Status);
        return JsonSerializer.Serialize(
            new
            {
                type,
                timestamp = change.OccurredAt,
                data = new
                {
                    page = PageInfo(page),
                    maintenance = new
                    {
                        id = change.MaintenanceId,
                        title = change.Title,
                        titleTranslations = change.TitleTranslations ?? NoTranslations,
                        status,
                        scheduledFor = change.ScheduledFor,
                        scheduledUntil = change.ScheduledUntil,
                    },
                    update = change.UpdateId is { } updateId
                        ? new
                        {
                            id = updateId,
                            status,
                            description = change.Description,
                            translations = change.Translations ?? NoTranslations,
                            createdAt = change.OccurredAt,
                        }
                        : null,
                    components,
                },
            },
            Options
        );
    }

    public static string ForComponent(
        ComponentStatusChanged changed,
        NotificationPage page,
        ComponentInfo component
    )
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(page);
        return JsonSerializer.Serialize(
            new
            {
                type = NotificationEventTypes.ComponentStatusChanged,
                timestamp = changed.OccurredAt,
                data = new
                {
                    page = PageInfo(page),
                    component = new
                    {
                        id = changed.ComponentId,
                        name = changed.ComponentName,
                        status = Vocabulary<ComponentStatus>.Display(changed.Status),
                        previousStatus = Vocabulary<ComponentStatus>.Display(
                            changed.PreviousStatus
                        ),
                    },
                    incidentId = changed.CausedByIncidentId,
                    maintenanceId = changed.CausedByMaintenanceId,
                    components = new[] { component },
                },
            },
            Options
        );
    }

    public static string ForConfirmation(NotificationPage page, DateTimeOffset now) =>
        JsonSerializer.Serialize(
            new
            {
                type = NotificationEventTypes.SubscriptionConfirmation,
                timestamp = now,
                data = new { page = PageInfo(page) },
            },
            Options
        );

    private static object PageInfo(NotificationPage page) =>
        new
        {
            id = page.Id,
            slug = page.Slug,
            name = page.Name,
            timeZone = page.TimeZone,
            language = page.DefaultLanguage,
        };
}
