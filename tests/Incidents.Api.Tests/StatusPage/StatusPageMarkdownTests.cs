using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// Markdown in incident updates through the real pipeline (ADR 0024): rendered on the three HTML
/// pages, safely; the JSON APIs and the feeds keep the source. Rendering does not depend on the
/// database, so SQLite only.
/// </summary>
public sealed partial class StatusPageMarkdownTests(StatusPageApiFactory factory)
    : IClassFixture<StatusPageApiFactory>
{
    private const string Friendly = """
        **Payments** are failing for some cards.
        We are rolling back.

        - EU: down
        - US: degraded

        Details: https://example.com/pm
        """;

    private const string Hostile = """
        Click [here](javascript:alert(1)) or [there](JAVASCRIPT:alert(5)).

        <script>alert(6)</script>

        <img src=x onerror=alert(7)>

        ![graph](https://cdn.example/graph.png) ![tracker](data:image/png;base64,AAAA)
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_WithMarkdownUpdate_RenderBoldListBreaksAndLinks()
    {
        var page = await factory.CreatePageClientAsync();
        var id = await CreateIncidentAsync(page, "Card payments failing", Friendly);
        var anonymous = factory.CreateClient();

        foreach (var url in Urls(page.Slug, id))
        {
            var text = UpdateText(await anonymous.GetHtmlAsync(url));

            Assert.Contains("<strong>Payments</strong>", text, StringComparison.Ordinal);
            Assert.Matches("<ul>\\s*<li>EU: down</li>\\s*<li>US: degraded</li>\\s*</ul>", text);
            Assert.Matches("some cards\\.<br ?/?>\\s*We are rolling back", text);
            Assert.Contains(
                "<a href=\"https://example.com/pm\" rel=\"nofollow noopener\">https://example.com/pm</a>",
                text,
                StringComparison.Ordinal
            );
            Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_WithHostileMarkdownUpdate_HaveNoScriptHrefElementOrImage()
    {
        var page = await factory.CreatePageClientAsync();
        var id = await CreateIncidentAsync(page, "Hostile text", Hostile);
        var anonymous = factory.CreateClient();

        foreach (var url in Urls(page.Slug, id))
        {
            var html = await anonymous.GetHtmlAsync(url);
            var text = UpdateText(html);

            // Markdown was rendered (the link syntax is gone), but the links lost their href.
            Assert.Contains("Click here or there.", text, StringComparison.Ordinal);
            Assert.DoesNotMatch("(?i)javascript:", html);
            Assert.DoesNotMatch("(?i)\\bdata:", html);
            Assert.All(
                Hrefs().Matches(html).Select(m => m.Groups["url"].Value),
                href => Assert.Matches("^(/|https?://|mailto:)", href)
            );
            // Raw HTML is text, never elements; no <img> at all (the layout has none either).
            Assert.Contains(
                "&lt;script&gt;alert(6)&lt;/script&gt;",
                text,
                StringComparison.Ordinal
            );
            Assert.Contains("&lt;img src=x onerror=alert(7)&gt;", text, StringComparison.Ordinal);
            Assert.DoesNotMatch("(?i)<script(?![^>]*\\bsrc=\"/status\\.js\")", html);
            Assert.DoesNotMatch("(?i)<img\\b", html);
            // The image became a link to it, with the referral rels; the data: one its alt text.
            Assert.Contains(
                "<a href=\"https://cdn.example/graph.png\" rel=\"nofollow noopener\">graph</a> tracker",
                text,
                StringComparison.Ordinal
            );
        }
    }

    [Fact]
    public async Task JsonAndFeeds_WithMarkdownUpdate_KeepTheSource()
    {
        var page = await factory.CreatePageClientAsync();
        var id = await CreateIncidentAsync(page, "Source kept", Friendly);
        var anonymous = factory.CreateClient();

        var summary = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/summary");
        var one = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/incidents/{id}");
        var admin = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        var atom = await anonymous.GetStringAsync($"/status/{page.Slug}/history.atom", Ct);
        var rss = await anonymous.GetStringAsync($"/status/{page.Slug}/history.rss", Ct);

        Assert.Equal(Friendly, FirstUpdate(summary.Result.GetProperty("Incidents")[0]));
        Assert.Equal(Friendly, FirstUpdate(one.Result));
        Assert.Equal(Friendly, FirstUpdate(admin.Result));
        foreach (var (xml, content) in new[] { (atom, true), (rss, false) })
        {
            var item = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml))).Items.Single();
            var entryHtml = ((TextSyndicationContent)(content ? item.Content : item.Summary)).Text;
            Assert.Contains("**Payments** are failing", entryHtml, StringComparison.Ordinal);
            Assert.DoesNotContain("<strong>Payments", entryHtml, StringComparison.Ordinal);
        }
    }

    private static async Task<Guid> CreateIncidentAsync(PageClient page, string title, string text)
    {
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = title,
                Description = text,
                Status = "Investigating",
                Impact = "Major Outage",
                AffectedComponents = Array.Empty<Guid>(),
                IsNotify = false,
            }
        );
        Assert.True(created.Success, created.Raw);
        return created.Result.GetGuid();
    }

    private static string[] Urls(string slug, Guid id) =>
        [$"/status/{slug}", $"/status/{slug}/incidents/{id}", $"/status/{slug}/history"];

    private static string FirstUpdate(System.Text.Json.JsonElement incident) =>
        incident.GetProperty("Updates")[0].GetProperty("Description").GetString()!;

    /// <summary>The rendered text of the (only) update on the page.</summary>
    private static string UpdateText(string html)
    {
        var match = UpdateTextPattern().Match(html);
        Assert.True(match.Success, "no update text on the page");
        return match.Groups["text"].Value;
    }

    [GeneratedRegex("<div class=\"text\">(?<text>[\\s\\S]*?)</div>")]
    private static partial Regex UpdateTextPattern();

    [GeneratedRegex("\\bhref=\"(?<url>[^\"]*)\"")]
    private static partial Regex Hrefs();
}
