using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using Incidents.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// The public pages, JSON, feeds, cache and live events, through the real pipeline; run per database
/// provider by the derived classes.
/// </summary>
public abstract class StatusPageTests
{
    private readonly FakeClockApiFactory factory;

    protected StatusPageTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string[], string, string> BannerCases =>
        new()
        {
            { [], "All Systems Operational", "none" },
            { ["Operational", "Operational"], "All Systems Operational", "none" },
            { ["Operational", "Degraded Performance"], "Degraded Performance", "minor" },
            { ["Degraded Performance", "Partial Outage"], "Partial Outage", "major" },
            { ["Partial Outage", "Major Outage", "Operational"], "Major Outage", "critical" },
            { ["Operational", "Under Maintenance"], "Under Maintenance", "maintenance" },
            { ["Under Maintenance", "Degraded Performance"], "Degraded Performance", "minor" },
            { ["Under Maintenance", "Major Outage"], "Major Outage", "critical" },
        };

    [Theory]
    [MemberData(nameof(BannerCases))]
    public async Task Page_WithComponentStatuses_ShowsWorstAsBannerAndEachStatus(
        string[] statuses,
        string banner,
        string indicator
    )
    {
        var page = await factory.CreatePageClientAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < statuses.Length; i++)
        {
            ids.Add(await page.Http.CreateComponentAsync($"Component {i}", statuses[i]));
        }

        var anonymous = factory.CreateClient();
        var html = await anonymous.GetHtmlAsync($"/status/{page.Slug}");
        var summary = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/summary");

        Assert.Equal(banner, StatusPageHtml.Banner(html));
        Assert.Equal(
            banner,
            summary.Result.GetProperty("Status").GetProperty("Description").GetString()
        );
        Assert.Equal(
            indicator,
            summary.Result.GetProperty("Status").GetProperty("Indicator").GetString()
        );
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(statuses[i], StatusPageHtml.ComponentStatus(html, ids[i]));
            var component = summary
                .Result.GetProperty("Components")
                .EnumerateArray()
                .Single(c => c.GetProperty("Id").GetGuid() == ids[i]);
            Assert.Equal(statuses[i], component.GetProperty("Status").GetString());
        }
    }

    [Fact]
    public async Task Page_WithActiveAndResolvedIncidents_ShowsActiveFirstThenPast()
    {
        var page = await factory.CreatePageClientAsync();
        var database = await page.Http.CreateComponentAsync("Database");
        var longAgo = await page.Http.CreateIncidentAsync(
            "Old and long resolved",
            "Partial Outage"
        );
        Assert.True(
            (
                await page.Http.PostJsonAsync(
                    "/api/admin/Incident/ResolveIncident",
                    new { IncidentId = longAgo }
                )
            ).Success
        );
        var longRunning = await page.Http.CreateIncidentAsync("Opened weeks ago", "None");
        factory.Time.Advance(TimeSpan.FromDays(20));
        Assert.True(
            (
                await page.Http.PostJsonAsync(
                    "/api/admin/Incident/ResolveIncident",
                    new { IncidentId = longRunning }
                )
            ).Success
        );
        var resolved = await page.Http.CreateIncidentAsync(
            "Yesterday's outage",
            "Partial Outage",
            database
        );
        var done = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = resolved, Description = "All fixed." }
        );
        Assert.True(done.Success, done.Raw);
        await page.Http.CreateIncidentAsync("Login is slow", "Degraded Performance", database);

        var html = await factory.CreateClient().GetHtmlAsync($"/status/{page.Slug}");

        var active = StatusPageHtml.Section(html, "live-active");
        var past = StatusPageHtml.Section(html, "live-recent");
        Assert.Contains("Login is slow", active, StringComparison.Ordinal);
        Assert.DoesNotContain("Yesterday&#x27;s outage", active, StringComparison.Ordinal);
        Assert.Contains("Yesterday&#x27;s outage", past, StringComparison.Ordinal);
        Assert.Contains("All fixed.", past, StringComparison.Ordinal);
        // Resolved 20 days ago: history; opened 20 days ago but resolved today: still shown.
        Assert.DoesNotContain("Old and long resolved", html, StringComparison.Ordinal);
        Assert.Contains("Opened weeks ago", past, StringComparison.Ordinal);
        Assert.True(
            html.IndexOf("live-active", StringComparison.Ordinal)
                < html.IndexOf("live-recent", StringComparison.Ordinal)
        );
        Assert.Equal("Degraded Performance", StatusPageHtml.Banner(html));
        Assert.Equal("Degraded Performance", StatusPageHtml.ComponentStatus(html, database));
    }

    [Fact]
    public async Task Page_WithScriptInTitleAndUpdate_RendersItInert()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("<img src=x onerror=alert(3)>");
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "<script>alert(1)</script>",
                Description = "\"><svg onload=alert(2)> [x](javascript:alert(4))",
                Status = "Investigating",
                Impact = "Major Outage",
                AffectedComponents = new[] { component },
                IsNotify = false,
            }
        );
        Assert.True(created.Success, created.Raw);
        var id = created.Result.GetGuid();
        var anonymous = factory.CreateClient();

        foreach (
            var url in new[]
            {
                $"/status/{page.Slug}",
                $"/status/{page.Slug}/incidents/{id}",
                $"/status/{page.Slug}/history",
            }
        )
        {
            var html = await anonymous.GetHtmlAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                html,
                StringComparison.Ordinal
            );
        }

        var atom = await anonymous.GetStringAsync($"/status/{page.Slug}/history.atom", Ct);
        var item = SyndicationFeed.Load(XmlReader.Create(new StringReader(atom))).Items.Single();
        Assert.Equal("<script>alert(1)</script>", item.Title.Text);
        var content = ((TextSyndicationContent)item.Content).Text;
        Assert.DoesNotContain("<svg", content, StringComparison.Ordinal);
        Assert.Contains("&lt;svg onload", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_WithIncidents_ParseAsAtomAndRssWithOneEntryPerIncident()
    {
        var page = await factory.CreatePageClientAsync();
        var first = await page.Http.CreateIncidentAsync("First incident", "Partial Outage");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await page.Http.CreateIncidentAsync("Second incident", "Major Outage");
        var anonymous = factory.CreateClient();

        foreach (
            var (suffix, mediaType) in new[]
            {
                ("atom", "application/atom+xml"),
                ("rss", "application/rss+xml"),
            }
        )
        {
            using var response = await anonymous.GetAsync(
                $"/status/{page.Slug}/history.{suffix}",
                Ct
            );
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            var xml = await response.Content.ReadAsStringAsync(Ct);
            var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
            Assert.Equal(
                ["Second incident", "First incident"],
                feed.Items.Select(i => i.Title.Text)
            );
            Assert.Contains(
                feed.Items,
                i =>
                    i.Links.Any(l => l.Uri.AbsolutePath == $"/status/{page.Slug}/incidents/{first}")
            );
            Assert.Contains(
                feed.Items,
                i =>
                    i.Links.Any(l =>
                        l.Uri.AbsolutePath == $"/status/{page.Slug}/incidents/{second}"
                    )
            );
            Assert.All(
                feed.Items,
                i =>
                    Assert.Contains(
                        "We are investigating",
                        ((TextSyndicationContent)i.Content).Text,
                        StringComparison.Ordinal
                    )
            );
        }
    }

    [Fact]
    public async Task PublicApi_ServesSameTruthAsAdmin()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Search");
        var id = await page.Http.CreateIncidentAsync("Search is down", "Major Outage", component);
        var anonymous = factory.CreateClient();

        var summary = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/summary");
        var list = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/incidents?page=1");
        var one = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/incidents/{id}");
        var components = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/components");

        Assert.True(summary.Success);
        Assert.Equal(id, summary.Result.GetProperty("Incidents")[0].GetProperty("Id").GetGuid());
        Assert.Equal(id, list.Result.GetProperty("Items")[0].GetProperty("Id").GetGuid());
        Assert.Equal("Search is down", one.Result.GetProperty("Title").GetString());
        Assert.False(one.Result.TryGetProperty("ExternalId", out _));
        Assert.False(one.Result.TryGetProperty("IsNotify", out _));
        var only = components.Result[0];
        Assert.Equal("Major Outage", only.GetProperty("Status").GetString());
        Assert.Equal(90, only.GetProperty("Days").GetArrayLength());
    }

    [Fact]
    public async Task PublicApi_UnknownSlugOrIncident_Returns404Envelope()
    {
        var page = await factory.CreatePageClientAsync();
        var anonymous = factory.CreateClient();

        var noPage = await anonymous.GetEnvelopeAsync("/api/public/no-such-page/summary");
        var noIncident = await anonymous.GetEnvelopeAsync(
            $"/api/public/{page.Slug}/incidents/{Guid.NewGuid()}"
        );
        using var html = await anonymous.GetAsync("/status/no-such-page", Ct);
        using var events = await anonymous.GetAsync("/status/no-such-page/events", Ct);

        Assert.Equal(HttpStatusCode.NotFound, noPage.Status);
        Assert.False(noPage.Success);
        Assert.Equal("Status page not found.", noPage.Message);
        Assert.Equal(HttpStatusCode.NotFound, noIncident.Status);
        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
    }

    [Fact]
    public async Task Summary_AfterWrite_ShowsTheChangeOnTheNextRequest()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Payments");
        var anonymous = factory.CreateClient();
        var url = $"/api/public/{page.Slug}/summary";
        await anonymous.GetEnvelopeAsync(url);
        using (var hit = await anonymous.GetAsync(url, Ct))
        {
            Assert.True(hit.Headers.Age is not null, "the second read should come from the cache");
        }

        await page.Http.CreateIncidentAsync("Payments failing", "Major Outage", component);
        var html = await anonymous.GetHtmlAsync($"/status/{page.Slug}");
        var after = await anonymous.GetEnvelopeAsync(url);

        Assert.Equal(
            "Major Outage",
            after.Result.GetProperty("Status").GetProperty("Description").GetString()
        );
        Assert.Equal(
            "Payments failing",
            after.Result.GetProperty("Incidents")[0].GetProperty("Title").GetString()
        );
        Assert.Contains("Payments failing", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_WithJunkQueryOrNoCacheHeaders_IsStillServedFromTheCache()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Cached name");
        var anonymous = factory.CreateClient();
        var url = $"/api/public/{page.Slug}/summary";
        await anonymous.GetEnvelopeAsync(url);
        // Changed behind the application's back (no committed events): only a request that
        // bypasses the cache can see it.
        await factory.WithDbAsync(db =>
            db.Components.Where(c => c.Id == component)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "Database name"), Ct)
        );

        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            $"{url}?nocache={Guid.NewGuid()}&_={Environment.TickCount64}"
        );
        request.Headers.CacheControl = new CacheControlHeaderValue
        {
            NoCache = true,
            NoStore = true,
            MaxAge = TimeSpan.Zero,
        };
        request.Headers.Pragma.Add(new NameValueHeaderValue("no-cache"));
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-API-KEY", page.Key);
        using var response = await anonymous.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var known = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/incidents?page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cached name", body, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.Age);
        Assert.Equal(2, known.Result.GetProperty("Page").GetInt32());
    }

    [Fact]
    public async Task Summary_WithMatchingIfNoneMatch_Returns304()
    {
        var page = await factory.CreatePageClientAsync();
        var anonymous = factory.CreateClient();
        var url = $"/status/{page.Slug}";
        using var first = await anonymous.GetAsync(url, Ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var repeat = await anonymous.SendAsync(request, Ct);
        await page.Http.CreateComponentAsync("New");
        using var changedRequest = new HttpRequestMessage(HttpMethod.Get, url);
        changedRequest.Headers.IfNoneMatch.Add(etag);
        using var changed = await anonymous.SendAsync(changedRequest, Ct);

        Assert.Equal(HttpStatusCode.NotModified, repeat.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Page_Html_HasSecurityHeadersAndNoInlineScript()
    {
        var page = await factory.CreatePageClientAsync();
        using var response = await factory.CreateClient().GetAsync($"/status/{page.Slug}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(
            "strict-origin-when-cross-origin",
            response.Headers.GetValues("Referrer-Policy").Single()
        );
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SubscribeForm_IsShownByDefault_AndHiddenWhenDisabled()
    {
        var page = await factory.CreatePageClientAsync();
        var shown = await factory.CreateClient().GetHtmlAsync($"/status/{page.Slug}");
        using var disabled = factory.WithWebHostBuilder(b =>
            b.UseSetting("StatusPage:ShowSubscribeForm", "false")
        );
        var hidden = await disabled.CreateClient().GetHtmlAsync($"/status/{page.Slug}");

        Assert.DoesNotContain("/subscribe", hidden, StringComparison.Ordinal);
        Assert.Contains(
            $"action=\"/api/public/{page.Slug}/subscribe\"",
            shown,
            StringComparison.Ordinal
        );
        Assert.Contains("name=\"Email\"", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Badge_ShowsOverallStatus()
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateComponentAsync("Edge", "Partial Outage");

        using var response = await factory
            .CreateClient()
            .GetAsync($"/status/{page.Slug}/badge.svg", Ct);
        var svg = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var document = new XmlDocument();
        document.LoadXml(svg);
        Assert.Contains(
            "Partial Outage",
            document.DocumentElement!.InnerText,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Events_AfterWrite_StreamAChangedNotice()
    {
        var page = await factory.CreatePageClientAsync();
        var anonymous = factory.CreateClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var response = await anonymous.GetAsync(
            $"/status/{page.Slug}/events",
            HttpCompletionOption.ResponseHeadersRead,
            timeout.Token
        );
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "an event stream must never be cached");
        using var reader = new StreamReader(
            await response.Content.ReadAsStreamAsync(timeout.Token)
        );
        Assert.Equal("retry: 3000", await reader.ReadLineAsync(timeout.Token));

        await page.Http.CreateIncidentAsync("Streaming works");
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        } while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));
        var data = await reader.ReadLineAsync(timeout.Token);

        Assert.Equal("event: changed", line);
        Assert.Contains("IncidentOpened", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ByMonth_ListsThatMonthsIncidentsAndLinksBack()
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateIncidentAsync("This month's incident");
        var month = factory
            .Time.GetUtcNow()
            .ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var anonymous = factory.CreateClient();

        var current = await anonymous.GetHtmlAsync($"/status/{page.Slug}/history?month={month}");
        var earlier = await anonymous.GetHtmlAsync($"/status/{page.Slug}/history?month=2020-01");

        Assert.Contains("This month&#x27;s incident", current, StringComparison.Ordinal);
        Assert.DoesNotContain("This month&#x27;s incident", earlier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incidents_WithEscapedKnownParameter_DoesNotPoisonTheUnpagedEntry()
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateIncidentAsync("Only incident");
        var anonymous = factory.CreateClient();

        var escaped = await anonymous.GetEnvelopeAsync(
            $"/api/public/{page.Slug}/incidents?p%61ge=2"
        );
        var plain = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/incidents");

        Assert.Equal(2, escaped.Result.GetProperty("Page").GetInt32());
        Assert.Equal(1, plain.Result.GetProperty("Page").GetInt32());
        Assert.Equal(1, plain.Result.GetProperty("Items").GetArrayLength());
    }
}
