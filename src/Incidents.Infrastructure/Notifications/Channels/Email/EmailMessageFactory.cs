using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Incidents.Domain.Common;
using Incidents.Domain.Pages.Branding;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Text;
using MimeKit;

namespace Incidents.Infrastructure.Notifications.Channels.Email;

/// <summary>
/// Renders a delivery's payload as a mail with a plain-text and an HTML part, the status page link,
/// and the one-click unsubscribe link and headers (RFC 8058) — in the subscriber's language: the
/// page's own words from <see cref="PageText"/>, the incident's text from the payload's
/// translations when it has one in that language (else the original).
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
        var language = subscriber.Language;
        var culture = CultureInfo.GetCultureInfo(language);
        // Links open in the mail's language when it is not the page's (which the page shows anyway).
        var pageLanguage = page.TryGetProperty("language", out var pl) ? pl.GetString() : null;
        var langQuery = language == (pageLanguage ?? Languages.Default) ? "" : "lang=" + language;
        var unsubscribe = WithQuery(links.Unsubscribe(slug, subscriber.Token), langQuery);
        var pageUrl = WithQuery(links.StatusPage(slug), langQuery);
        string L(string english) => PageText.Get(english, culture);

        string subject;
        var text = new StringBuilder();
        var html = new StringBuilder();
        if (delivery.EventType == NotificationEventTypes.SubscriptionConfirmation)
        {
            var confirm = WithQuery(links.Confirm(slug, subscriber.Token), langQuery);
            var ignore = L(
                "If you did not ask for this, ignore this mail: nothing more will be sent."
            );
            subject = $"[{pageName}] {L("Confirm your subscription")}";
            text.AppendLine(
                    PageText.Format(
                        culture,
                        "Please confirm that you want status updates from {0}:",
                        pageName
                    )
                )
                .AppendLine(confirm)
                .AppendLine()
                .AppendLine(ignore);
            html.Append(
                    culture,
                    $"<p>{E(PageText.Format(culture, "Please confirm that you want status updates from {0}:", pageName))}</p>"
                )
                .Append(
                    culture,
                    $"<p><a href=\"{E(confirm)}\">{E(L("Confirm subscription"))}</a></p>"
                )
                .Append(culture, $"<p>{E(ignore)}</p>");
        }
        else if (data.TryGetProperty("incident", out var incident))
        {
            var title = Translated(incident, "title", "titleTranslations", language);
            var impact = L(incident.GetProperty("impact").GetString() ?? string.Empty);
            var update = data.GetProperty("update");
            var status = L(update.GetProperty("status").GetString() ?? string.Empty);
            var description = Translated(update, "description", "translations", language);
            var components = data.GetProperty("components")
                .EnumerateArray()
                .Select(c =>
                    $"{c.GetProperty("name").GetString()} ({L(c.GetProperty("status").GetString() ?? string.Empty)})"
                )
                .ToList();
            subject = $"[{pageName}] {impact}: {title} — {status}";
            text.AppendLine(title)
                .AppendLine(culture, $"{L("Status")}: {status}")
                .AppendLine(culture, $"{L("Impact")}: {impact}")
                .AppendLine()
                .AppendLine(description)
                .AppendLine();
            html.Append(
                    culture,
                    $"<h2>{E(title)}</h2><p><strong>{E(L("Status"))}:</strong> {E(status)}<br><strong>{E(L("Impact"))}:</strong> {E(impact)}</p>"
                )
                // The update's Markdown, as on the status page (same safe subset; line breaks kept).
                .Append(IncidentMarkdown.ToHtml(description));
            if (components.Count > 0)
            {
                text.AppendLine(
                        culture,
                        $"{L("Affected components")}: {string.Join(", ", components)}"
                    )
                    .AppendLine();
                html.Append(culture, $"<p><strong>{E(L("Affected components"))}:</strong></p><ul>")
                    .Append(string.Concat(components.Select(c => $"<li>{E(c)}</li>")))
                    .Append("</ul>");
            }
        }
        else if (data.TryGetProperty("maintenance", out var maintenance))
        {
            var title = Translated(maintenance, "title", "titleTranslations", language);
            var status = L(maintenance.GetProperty("status").GetString() ?? string.Empty);
            var window = MaintenanceWindowText.Format(
                maintenance.GetProperty("scheduledFor").GetDateTimeOffset(),
                maintenance.GetProperty("scheduledUntil").GetDateTimeOffset(),
                page.TryGetProperty("timeZone", out var zone) ? zone.GetString() : null,
                culture
            );
            var description =
                data.TryGetProperty("update", out var update)
                && update.ValueKind == JsonValueKind.Object
                    ? Translated(update, "description", "translations", language)
                    : null;
            var components = data.GetProperty("components")
                .EnumerateArray()
                .Select(c => c.GetProperty("name").GetString())
                .ToList();
            subject = $"[{pageName}] {L(MaintenanceHeading(delivery.EventType))}: {title}";
            text.AppendLine(title)
                .AppendLine(culture, $"{L("Status")}: {status}")
                .AppendLine(culture, $"{L("When")}: {window}")
                .AppendLine();
            html.Append(
                culture,
                $"<h2>{E(title)}</h2><p><strong>{E(L("Status"))}:</strong> {E(status)}<br><strong>{E(L("When"))}:</strong> {E(window)}</p>"
            );
            if (description is not null)
            {
                text.AppendLine(description).AppendLine();
                html.Append(IncidentMarkdown.ToHtml(description));
            }

            if (components.Count > 0)
            {
                text.AppendLine(
                        culture,
                        $"{L("Affected components")}: {string.Join(", ", components)}"
                    )
                    .AppendLine();
                html.Append(culture, $"<p><strong>{E(L("Affected components"))}:</strong></p><ul>")
                    .Append(string.Concat(components.Select(c => $"<li>{E(c)}</li>")))
                    .Append("</ul>");
            }
        }
        else
        {
            var component = data.GetProperty("component");
            var name = component.GetProperty("name").GetString() ?? string.Empty;
            var status = L(component.GetProperty("status").GetString() ?? string.Empty);
            var previous = L(component.GetProperty("previousStatus").GetString() ?? string.Empty);
            subject = $"[{pageName}] {name}: {status}";
            text.AppendLine(
                    PageText.Format(culture, "{0} is now {1} (was {2}).", name, status, previous)
                )
                .AppendLine();
            html.Append(
                culture,
                $"<p>{PageText.Format(culture, "{0} is now {1}.", $"<strong>{E(name)}</strong>", E(status))}</p>"
            );
        }

        text.AppendLine(culture, $"{L("Status page")}: {pageUrl}")
            .AppendLine(culture, $"{L("Unsubscribe")}: {unsubscribe}");
        html.Append(culture, $"<p><a href=\"{E(pageUrl)}\">{E(L("View the status page"))}</a></p>")
            .Append(
                culture,
                $"<p style=\"font-size:small\"><a href=\"{E(unsubscribe)}\">{E(L("Unsubscribe"))}</a></p>"
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
            HtmlBody =
                $"<!DOCTYPE html><html lang=\"{language}\" dir=\"ltr\"><body>{html}</body></html>",
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

    /// <summary>The text in <paramref name="language"/> from the payload's translations, else the original.</summary>
    private static string Translated(
        JsonElement element,
        string property,
        string translationsProperty,
        string language
    ) =>
        element.TryGetProperty(translationsProperty, out var translations)
        && translations.ValueKind == JsonValueKind.Object
        && translations.TryGetProperty(language, out var text)
        && text.ValueKind == JsonValueKind.String
            ? text.GetString()!
            : element.GetProperty(property).GetString() ?? string.Empty;

    private static string WithQuery(string url, string query) =>
        query.Length == 0 ? url
        : url.Contains('?', StringComparison.Ordinal) ? url + "&" + query
        : url + "?" + query;

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
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $" width=\"{Math.Max(1, (int)Math.Round(40.0 * w / h))}\""
                    )
                    : string.Empty;
            head.Append(
                CultureInfo.InvariantCulture,
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
