using System.Text.Json;
using Incidents.Domain.Subscribers;

namespace Incidents.Infrastructure.Notifications.Channels.Chat;

/// <summary>
/// What a chat message says, read from the stored delivery payload (the webhook body every
/// channel shares), so a replay re-renders the same event.
/// </summary>
/// <param name="Heading">"Incident opened", "Maintenance scheduled", …</param>
/// <param name="Text">The update's Markdown, or a sentence of our own; may be empty.</param>
/// <param name="Severity">0 none … 3 major outage; resolved and completed are -1 (good news).</param>
internal sealed record ChatNotification(
    string EventType,
    string Heading,
    string Title,
    string PageName,
    string? Status,
    string? Impact,
    string Text,
    IReadOnlyList<string> Components,
    string Link,
    int Severity
)
{
    public static ChatNotification From(Delivery delivery, NotificationLinks links)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(links);
        using var document = JsonDocument.Parse(delivery.Payload);
        var data = document.RootElement.GetProperty("data");
        var page = data.GetProperty("page");
        var slug = page.GetProperty("slug").GetString() ?? string.Empty;
        var pageName = page.GetProperty("name").GetString() ?? slug;
        var components =
            data.TryGetProperty("components", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray()
                    .Select(c => c.GetProperty("name").GetString() ?? string.Empty)
                    .ToList()
                : [];
        var type = delivery.EventType;
        if (data.TryGetProperty("incident", out var incident))
        {
            var impact = incident.GetProperty("impact").GetString();
            var status = incident.GetProperty("status").GetString();
            return new ChatNotification(
                type,
                type switch
                {
                    NotificationEventTypes.IncidentCreated => "Incident opened",
                    NotificationEventTypes.IncidentResolved => "Incident resolved",
                    _ => "Incident updated",
                },
                incident.GetProperty("title").GetString() ?? string.Empty,
                pageName,
                status,
                impact,
                Description(data),
                components,
                links.Incident(slug, incident.GetProperty("id").GetGuid()),
                type == NotificationEventTypes.IncidentResolved ? -1 : SeverityOf(impact)
            );
        }

        if (data.TryGetProperty("maintenance", out var maintenance))
        {
            var status = maintenance.GetProperty("status").GetString();
            var window =
                $"Scheduled {maintenance.GetProperty("scheduledFor").GetDateTimeOffset():yyyy-MM-dd HH:mm} – {maintenance.GetProperty("scheduledUntil").GetDateTimeOffset():yyyy-MM-dd HH:mm} UTC.";
            var text = Description(data);
            return new ChatNotification(
                type,
                "Maintenance " + type["maintenance.".Length..],
                maintenance.GetProperty("title").GetString() ?? string.Empty,
                pageName,
                status,
                null,
                string.IsNullOrWhiteSpace(text) ? window : text + "\n\n" + window,
                components,
                links.Maintenance(slug, maintenance.GetProperty("id").GetGuid()),
                type == NotificationEventTypes.MaintenanceCompleted ? -1 : 0
            );
        }

        if (data.TryGetProperty("component", out var component))
        {
            var status = component.GetProperty("status").GetString();
            return new ChatNotification(
                type,
                "Component status changed",
                component.GetProperty("name").GetString() ?? string.Empty,
                pageName,
                status,
                null,
                $"{component.GetProperty("previousStatus").GetString()} → {status}",
                components,
                links.StatusPage(slug),
                status == "Operational" ? -1 : SeverityOf(status)
            );
        }

        return new ChatNotification(
            type,
            "Subscribed",
            pageName,
            pageName,
            null,
            null,
            "This channel now receives the status page's notifications.",
            components,
            links.StatusPage(slug),
            0
        );
    }

    private static string Description(JsonElement data) =>
        data.TryGetProperty("update", out var update) && update.ValueKind == JsonValueKind.Object
            ? update.GetProperty("description").GetString() ?? string.Empty
            : string.Empty;

    private static int SeverityOf(string? impactOrStatus) =>
        impactOrStatus switch
        {
            "Major Outage" => 3,
            "Partial Outage" => 2,
            "Degraded Performance" => 1,
            _ => 0,
        };
}
