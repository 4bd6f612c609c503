using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Incidents.Application.PublicStatus.Common;

namespace Incidents.Api.PublicStatus.Feeds;

/// <summary>Atom 1.0 and RSS 2.0 feeds: one entry per incident, its timeline as the entry's (encoded) HTML.</summary>
internal static class IncidentFeedBuilder
{
    public static SyndicationFeed Build(
        PublicPageDto page,
        IReadOnlyList<PublicIncidentDto> incidents,
        Uri baseUri,
        DateTimeOffset now
    )
    {
        var pageUri = new Uri(baseUri, $"/status/{page.Slug}");
        var feed = new SyndicationFeed(
            $"{page.Name} status history",
            $"Incidents on the {page.Name} status page",
            pageUri,
            $"urn:uuid:{page.Id}",
            incidents.Count > 0 ? incidents.Max(i => i.UpdatedAt) : now
        );
        feed.Items = incidents
            .Select(i =>
            {
                var link = new Uri(baseUri, $"/status/{page.Slug}/incidents/{i.Id}");
                var timeline = Timeline(i);
                var item = new SyndicationItem(
                    i.Title,
                    SyndicationContent.CreateHtmlContent(timeline),
                    link,
                    $"urn:uuid:{i.Id}",
                    i.UpdatedAt
                )
                {
                    PublishDate = i.CreatedAt,
                    // RSS 2.0 has no content element: its description comes from the summary.
                    Summary = SyndicationContent.CreateHtmlContent(timeline),
                };
                return item;
            })
            .ToList();
        return feed;
    }

    public static string Timeline(PublicIncidentDto incident)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(WebUtility.HtmlEncode(incident.Impact)).Append("</p>");
        foreach (var update in incident.Updates)
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
