using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Incidents.Application.PublicStatus.Common;
using Incidents.Infrastructure.Notifications.Channels.Email;

namespace Incidents.Api.PublicStatus.Feeds;

/// <summary>
/// Atom 1.0 and RSS 2.0 feeds: one entry per incident and per maintenance, its timeline as the
/// entry's (encoded) HTML. A maintenance's entry is its announcement; each later change (start,
/// completion, cancellation) adds to its timeline and moves its updated time, as for incidents.
/// </summary>
internal static class IncidentFeedBuilder
{
    public static SyndicationFeed Build(
        PublicPageDto page,
        IReadOnlyList<PublicIncidentDto> incidents,
        IReadOnlyList<PublicMaintenanceDto> maintenances,
        Uri baseUri,
        DateTimeOffset now,
        int size
    )
    {
        var pageUri = new Uri(baseUri, $"/status/{page.Slug}");
        var feed = new SyndicationFeed(
            $"{page.Name} status history",
            $"Incidents on the {page.Name} status page",
            pageUri,
            $"urn:uuid:{page.Id}",
            incidents
                .Select(i => i.UpdatedAt)
                .Concat(maintenances.Select(m => m.UpdatedAt))
                .DefaultIfEmpty(now)
                .Max()
        );
        feed.Items = incidents
            .Select(i =>
                Item(
                    i.Title,
                    Timeline(i.Impact, i.Updates) + Postmortem(i.Postmortem),
                    new Uri(baseUri, $"/status/{page.Slug}/incidents/{i.Id}"),
                    i.Id,
                    i.CreatedAt,
                    i.UpdatedAt
                )
            )
            .Concat(
                maintenances.Select(m =>
                    Item(
                        "Maintenance: " + m.Title,
                        Timeline(
                            $"{m.Status}: {MaintenanceWindowText.Format(m.ScheduledFor, m.ScheduledUntil, page.TimeZone)}",
                            m.Updates
                        ),
                        new Uri(baseUri, $"/status/{page.Slug}/maintenance/{m.Id}"),
                        m.Id,
                        m.CreatedAt,
                        m.UpdatedAt
                    )
                )
            )
            .OrderByDescending(i => i.LastUpdatedTime)
            .Take(size)
            .ToList();
        return feed;
    }

    private static SyndicationItem Item(
        string title,
        string timeline,
        Uri link,
        Guid id,
        DateTimeOffset created,
        DateTimeOffset updated
    ) =>
        new(title, SyndicationContent.CreateHtmlContent(timeline), link, $"urn:uuid:{id}", updated)
        {
            PublishDate = created,
            // RSS 2.0 has no content element: its description comes from the summary.
            Summary = SyndicationContent.CreateHtmlContent(timeline),
        };

    /// <summary>A headline (impact, or a maintenance's status and window), then the updates, newest first.</summary>
    public static string Timeline(string headline, IReadOnlyList<PublicIncidentUpdateDto> updates)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(WebUtility.HtmlEncode(headline)).Append("</p>");
        foreach (var update in updates)
        {
            html.Append("<p><strong>")
                .Append(WebUtility.HtmlEncode(update.Status))
                .Append("</strong> (")
                .Append(
                    update.CreatedAt.UtcDateTime.ToString(
                        "yyyy-MM-dd HH:mm 'UTC'",
                        System.Globalization.CultureInfo.InvariantCulture
                    )
                )
                .Append(") — ")
                .Append(WebUtility.HtmlEncode(update.Description))
                .Append("</p>");
        }

        return html.ToString();
    }

    /// <summary>A published postmortem follows the timeline (as on the permalink), or nothing.</summary>
    private static string Postmortem(string? postmortem) =>
        postmortem is null
            ? string.Empty
            : "<h3>Postmortem</h3><p>" + WebUtility.HtmlEncode(postmortem) + "</p>";

    public static byte[] Write(SyndicationFeed feed, bool atom)
    {
        using var stream = new MemoryStream();
        using (
            var writer = XmlWriter.Create(
                stream,
                new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = false }
            )
        )
        {
            if (atom)
            {
                feed.SaveAsAtom10(writer);
            }
            else
            {
                feed.SaveAsRss20(writer);
            }
        }

        return stream.ToArray();
    }
}
