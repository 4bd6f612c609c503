using System.Net;
using System.Text;
using System.Text.Json;
using Incidents.Domain.Pages.Branding;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Text;
using MimeKit;

namespace Incidents.Infrastructure.Notifications.Channels.Email;

/// <summary>
/// Renders a delivery's payload as a mail with a plain-text and an HTML part, the status page link,
/// and the one-click unsubscribe link and headers (RFC 8058).
/// </summary>
internal sealed class EmailMessageFactory(NotificationLinks links)
{
    /// <param name="brand">The page's brand: its logo heads the mail, its accent colours the links.</param>
    public MimeMessage Create(
        Subscriber subscriber,
        Delivery delivery,
        string from,
        PageBranding? brand = null
    )
    {
        using var document = JsonDocument.Parse(delivery.Payload);
        var data = document.RootElement.GetProperty("data");
        var page = data.GetProperty("page");
        var pageName = page.GetProperty("name").GetString() ?? string.Empty;
        var slug = page.GetProperty("slug").GetString() ?? string.Empty;
        var unsubscribe = links.Unsubscribe(slug, subscriber.Token);
        var pageUrl = links.StatusPage(slug);

        string subject;
        var text = new StringBuilder();
        var html = new StringBuilder();
        if (delivery.EventType == NotificationEventTypes.SubscriptionConfirmation)
        {
            var confirm = links.Confirm(slug, subscriber.Token);
            subject = $"[{pageName}] Confirm your subscription";
            text.AppendLine($"Please confirm that you want status updates from {pageName}:")
                .AppendLine(confirm)
                .AppendLine()
                .AppendLine(
                    "If you did not ask for this, ignore this mail: nothing more will be sent."
                );
            html.Append($"<p>Please confirm that you want status updates from {E(pageName)}:</p>")
                .Append($"<p><a href=\"{E(confirm)}\">Confirm subscription</a></p>")
                .Append(
                    "<p>If you did not ask for this, ignore this mail: nothing more will be sent.</p>"
                );
        }
        else if (data.TryGetProperty("incident", out var incident))
        {
            var title = incident.GetProperty("title").GetString();
            var impact = incident.GetProperty("impact").GetString();
            var update = data.GetProperty("update");
            var status = update.GetProperty("status").GetString();
            var description = update.GetProperty("description").GetString();
            var components = data.GetProperty("components")
                .EnumerateArray()
                .Select(c =>
                    $"{c.GetProperty("name").GetString()} ({c.GetProperty("status").GetString()})"
                )
                .ToList();
            subject = $"[{pageName}] {impact}: {title} — {status}";
            text.AppendLine(title)
                .AppendLine($"Status: {status}")
                .AppendLine($"Impact: {impact}")
                .AppendLine()
                .AppendLine(description)
                .AppendLine();
            html.Append(
                    $"<h2>{E(title)}</h2><p><strong>Status:</strong> {E(status)}<br><strong>Impact:</strong> {E(impact)}</p>"
                )
                // The update's Markdown, as on the status page (same safe subset; line breaks kept).
                .Append(IncidentMarkdown.ToHtml(description));
            if (components.Count > 0)
            {
                text.AppendLine("Affected components: " + string.Join(", ", components))
                    .AppendLine();
                html.Append("<p><strong>Affected components:</strong></p><ul>")
                    .Append(string.Concat(components.Select(c => $"<li>{E(c)}</li>")))
                    .Append("</ul>");
            }
        }
        else if (data.TryGetProperty("maintenance", out var maintenance))
        {
            var title = maintenance.GetProperty("title").GetString();
            var status = maintenance.GetProperty("status").GetString();
            var window = MaintenanceWindowText.Format(
                maintenance.GetProperty("scheduledFor").GetDateTimeOffset(),
                maintenance.GetProperty("scheduledUntil").GetDateTimeOffset(),
                page.TryGetProperty("timeZone", out var zone) ? zone.GetString() : null
            );
            var description =
                data.TryGetProperty("update", out var update)
                && update.ValueKind == JsonValueKind.Object
                    ? update.GetProperty("description").GetString()
                    : null;
            var components = data.GetProperty("components")
                .EnumerateArray()
                .Select(c => c.GetProperty("name").GetString())
                .ToList();
            subject = $"[{pageName}] {MaintenanceHeading(delivery.EventType)}: {title}";
            text.AppendLine(title)
                .AppendLine($"Status: {status}")
                .AppendLine($"When: {window}")
                .AppendLine();
            html.Append(
                $"<h2>{E(title)}</h2><p><strong>Status:</strong> {E(status)}<br><strong>When:</strong> {E(window)}</p>"
            );
            if (description is not null)
            {
                text.AppendLine(description).AppendLine();
                html.Append(IncidentMarkdown.ToHtml(description));
            }

            if (components.Count > 0)
            {
                text.AppendLine("Affected components: " + string.Join(", ", components))
                    .AppendLine();
                html.Append("<p><strong>Affected components:</strong></p><ul>")
                    .Append(string.Concat(components.Select(c => $"<li>{E(c)}</li>")))
                    .Append("</ul>");
            }
        }
        else
        {
            var component = data.GetProperty("component");
            var name = component.GetProperty("name").GetString();
            var status = component.GetProperty("status").GetString();
            subject = $"[{pageName}] {name}: {status}";
            text.AppendLine(
                    $"{name} is now {status} (was {component.GetProperty("previousStatus").GetString()})."
                )
                .AppendLine();
            html.Append($"<p><strong>{E(name)}</strong> is now {E(status)}.</p>");
        }

        text.AppendLine($"Status page: {pageUrl}").AppendLine($"Unsubscribe: {unsubscribe}");
        html.Append($"<p><a href=\"{E(pageUrl)}\">View the status page</a></p>")
            .Append(
                $"<p style=\"font-size:small\"><a href=\"{E(unsubscribe)}\">Unsubscribe</a></p>"
            );

        BrandMail(html, brand, slug, pageName);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(subscriber.Email!));
        message.Subject = subject;
        message.MessageId = delivery.MessageId + "@incidents";
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new BodyBuilder
        {
            TextBody = text.ToString(),
            HtmlBody = $"<!DOCTYPE html><html><body>{html}</body></html>",
        }.ToMessageBody();
        return message;
    }

    private static string MaintenanceHeading(string eventType) =>
        eventType switch
        {
            NotificationEventTypes.MaintenanceScheduled => "Scheduled maintenance",
            NotificationEventTypes.MaintenanceRescheduled => "Maintenance rescheduled",
            NotificationEventTypes.MaintenanceReminder => "Maintenance starts soon",
            NotificationEventTypes.MaintenanceStarted => "Maintenance in progress",
            NotificationEventTypes.MaintenanceCompleted => "Maintenance completed",
            NotificationEventTypes.MaintenanceCancelled => "Maintenance cancelled",
            _ => "Maintenance update",
        };

    /// <summary>
    /// The page's logo above the mail (an absolute link: mail clients fetch it, or show the page's
    /// name) and its light accent as the links' colour and a rule on top. Inline styles: mail has
    /// no stylesheet. Without a brand the mail is as it always was.
    /// </summary>
    private void BrandMail(StringBuilder html, PageBranding? brand, string slug, string pageName)
    {
        if (brand is null)
        {
            return;
        }

        var accent = brand.Colors?.Accent;
        if (accent is not null)
        {
            html.Replace("<a href=", $"<a style=\"color:{accent}\" href=");
        }

        var head = new StringBuilder();
        if (brand.Logo is { } logo)
        {
            var width =
                logo is { Width: { } w, Height: { } h } && h > 0
                    ? $" width=\"{Math.Max(1, (int)Math.Round(40.0 * w / h))}\""
                    : string.Empty;
            head.Append(
                $"<p><img src=\"{E(links.StatusPage(slug))}/brand/logo?v={E(logo.Hash)}\" alt=\"{E(pageName)}\" height=\"40\"{width}></p>"
            );
        }

        if (accent is not null)
        {
            head.Insert(0, $"<div style=\"border-top:4px solid {accent};padding-top:8px\">");
            html.Append("</div>");
        }

        html.Insert(0, head.ToString());
    }

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
