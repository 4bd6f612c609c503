using System.Net;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Ical.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Incidents.Infrastructure.Maintenances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// Maintenance on the public surfaces (page, permalink, JSON, bars, live notices), through the
/// real pipeline with a fake clock (the in-process scheduler runs on it); per provider by the
/// derived classes.
/// </summary>
public abstract class PublicMaintenanceTests
{
    private const string AdminUrl = "/api/admin/Maintenance";

    private readonly FakeClockApiFactory factory;

    protected PublicMaintenanceTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Tomorrow 10:00–12:00 UTC on the fake clock, far from anything the scheduler does.</summary>
    private DateTimeOffset TomorrowTen =>
        new DateTimeOffset(factory.Time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero)
            .AddDays(1)
            .AddHours(10);

    /// <summary>"Tue 2 Jun 2026", as the window text writes a day (the fixture's clock stays in June: Berlin is UTC+2).</summary>
    private static string Day(DateTimeOffset value) =>
        value.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<Guid> CreateAsync(
        PageClient page,
        string title,
        DateTimeOffset from,
        DateTimeOffset until,
        Guid[]? components = null,
        bool autoComplete = true
    )
    {
        var created = await page.Http.PostJsonAsync(
            AdminUrl,
            new
            {
                Title = title,
                Description = "We will upgrade the **primary** database.",
                ScheduledFor = from,
                ScheduledUntil = until,
                AffectedComponents = components ?? [],
                AutoComplete = autoComplete,
            }
        );
        Assert.True(created.Success, created.Raw);
        return created.Result.GetGuid();
    }

    private static async Task MoveAsync(PageClient page, Guid id, string status, string text)
    {
        var updated = await page.Http.PutJsonAsync(
            AdminUrl,
            new
            {
                MaintenanceId = id,
                Description = text,
                Status = status,
            }
        );
        Assert.True(updated.Success, updated.Raw);
    }

    private async Task SetTimeZoneAsync(PageClient page, string zone) =>
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.StatusPages.SingleAsync(p => p.Id == page.PageId, Ct);
            stored.ChangeTimeZone(zone);
            return await db.SaveChangesAsync(Ct);
        });

    [Fact]
    public async Task Page_WithUpcomingMaintenance_ShowsWindowInPageZoneAndUtcComponentsAndMarkdown()
    {
        var page = await factory.CreatePageClientAsync();
        await SetTimeZoneAsync(page, "Europe/Berlin");
        var database = await page.Http.CreateComponentAsync("Database");
        var from = TomorrowTen;
        var id = await CreateAsync(page, "Database upgrade", from, from.AddHours(2), [database]);

        var html = await factory.CreateClient().GetHtmlAsync($"/status/{page.Slug}");

        var upcoming = StatusPageHtml.Section(html, "live-upcoming");
        Assert.Contains(
            "<h2 id=\"upcoming-heading\">Upcoming maintenance</h2>",
            upcoming,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"href=\"/status/{page.Slug}/maintenance/{id}\"",
            upcoming,
            StringComparison.Ordinal
        );
        // June: Berlin is UTC+2. The page's zone in words, UTC in <time> for the viewer's zone.
        Assert.Contains(
            $"{Day(from)} 12:00–14:00 Europe/Berlin ({Day(from)} 10:00–12:00 UTC)",
            upcoming,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"<time datetime=\"{Date(from)}T10:00:00Z\">",
            upcoming,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"<time datetime=\"{Date(from)}T12:00:00Z\">",
            upcoming,
            StringComparison.Ordinal
        );
        Assert.Contains("Affects: Database", upcoming, StringComparison.Ordinal);
        Assert.Contains("<strong>primary</strong>", upcoming, StringComparison.Ordinal);
        Assert.Contains("s-maintenance", upcoming, StringComparison.Ordinal);
        Assert.DoesNotContain(
            "Database upgrade",
            StatusPageHtml.Section(html, "live-active"),
            StringComparison.Ordinal
        );
        // Announced, not started: nothing is under maintenance yet.
        Assert.Equal("All Systems Operational", StatusPageHtml.Banner(html));
        Assert.Equal("Operational", StatusPageHtml.ComponentStatus(html, database));
    }

    [Fact]
    public async Task Page_WithMaintenanceInProgress_ShowsItAsActiveAndIncidentsStillWin()
    {
        var page = await factory.CreatePageClientAsync();
        var database = await page.Http.CreateComponentAsync("Database");
        var other = await page.Http.CreateComponentAsync("Website");
        var id = await CreateAsync(
            page,
            "Database upgrade",
            TomorrowTen,
            TomorrowTen.AddHours(2),
            [database]
        );
        await MoveAsync(page, id, "In Progress", "Started early.");
        var anonymous = factory.CreateClient();

        var during = await anonymous.GetHtmlAsync($"/status/{page.Slug}");

        var active = StatusPageHtml.Section(during, "live-active");
        Assert.Matches(
            new Regex(
                $"<article class=\"incident maintenance s-maintenance\" id=\"maintenance-{id}\">"
            ),
            active
        );
        Assert.Contains("Maintenance in progress", active, StringComparison.Ordinal);
        Assert.Contains("Started early.", active, StringComparison.Ordinal);
        Assert.DoesNotContain(
            "Database upgrade",
            StatusPageHtml.Section(during, "live-upcoming"),
            StringComparison.Ordinal
        );
        Assert.Equal("Under Maintenance", StatusPageHtml.Banner(during));
        Assert.Contains("banner s-maintenance", during, StringComparison.Ordinal);
        Assert.Equal("Under Maintenance", StatusPageHtml.ComponentStatus(during, database));
        Assert.Equal("Operational", StatusPageHtml.ComponentStatus(during, other));

        // An outage during the maintenance shows the outage, on the component and the banner.
        await page.Http.CreateIncidentAsync("Replica lost", "Major Outage", database);
        var outage = await anonymous.GetHtmlAsync($"/status/{page.Slug}");
        Assert.Equal("Major Outage", StatusPageHtml.Banner(outage));
        Assert.Equal("Major Outage", StatusPageHtml.ComponentStatus(outage, database));
        Assert.Contains(
            $"id=\"maintenance-{id}\"",
            StatusPageHtml.Section(outage, "live-active"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Page_AfterCompletion_ListsItAsPastAndThePermalinkShowsTheTimeline()
    {
        var page = await factory.CreatePageClientAsync();
        var database = await page.Http.CreateComponentAsync("Database");
        var id = await CreateAsync(
            page,
            "Database upgrade",
            TomorrowTen,
            TomorrowTen.AddHours(2),
            [database]
        );
        await MoveAsync(page, id, "In Progress", "Started.");
        await MoveAsync(page, id, "Completed", "All **done**.");
        var anonymous = factory.CreateClient();

        var html = await anonymous.GetHtmlAsync($"/status/{page.Slug}");
        var permalink = await anonymous.GetHtmlAsync($"/status/{page.Slug}/maintenance/{id}");

        Assert.Contains(
            $"id=\"maintenance-{id}\"",
            StatusPageHtml.Section(html, "live-recent"),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(
            $"id=\"maintenance-{id}\"",
            StatusPageHtml.Section(html, "live-active"),
            StringComparison.Ordinal
        );
        Assert.Equal("All Systems Operational", StatusPageHtml.Banner(html));
        Assert.Equal("Operational", StatusPageHtml.ComponentStatus(html, database));
        var section = StatusPageHtml.Section(permalink, "live-maintenance");
        Assert.Contains(
            "<span class=\"badge\">Completed</span>",
            section,
            StringComparison.Ordinal
        );
        Assert.Contains("All <strong>done</strong>.", section, StringComparison.Ordinal);
        Assert.Contains("Started.", section, StringComparison.Ordinal);
        Assert.Contains("Affects: Database", section, StringComparison.Ordinal);
        Assert.True(
            section.IndexOf("done", StringComparison.Ordinal)
                < section.IndexOf("Started.", StringComparison.Ordinal),
            "the timeline is newest first"
        );
    }

    [Fact]
    public async Task History_ByMonth_ListsCompletedMaintenanceOfThatMonth()
    {
        var page = await factory.CreatePageClientAsync();
        var database = await page.Http.CreateComponentAsync("Database");
        var done = await CreateAsync(
            page,
            "Done in June",
            TomorrowTen,
            TomorrowTen.AddHours(1),
            [database]
        );
        await MoveAsync(page, done, "Completed", "Finished.");
        await CreateAsync(
            page,
            "Still planned",
            TomorrowTen.AddDays(1),
            TomorrowTen.AddDays(1).AddHours(1)
        );
        var anonymous = factory.CreateClient();

        var month = TomorrowTen.ToString(
            "yyyy-MM",
            System.Globalization.CultureInfo.InvariantCulture
        );
        var next = TomorrowTen
            .AddMonths(1)
            .ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var june = await anonymous.GetHtmlAsync($"/status/{page.Slug}/history?month={month}");
        var july = await anonymous.GetHtmlAsync($"/status/{page.Slug}/history?month={next}");

        var section = StatusPageHtml.Section(june, "live-history");
        Assert.Contains($"id=\"maintenance-{done}\"", section, StringComparison.Ordinal);
        Assert.Contains("Affects: Database", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Still planned", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Done in June", july, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WithScriptInMaintenanceTitleTextAndComponent_RendersItInert()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("<img src=x onerror=alert(3)>");
        var created = await page.Http.PostJsonAsync(
            AdminUrl,
            new
            {
                Title = "<script>alert(1)</script>",
                Description = "\"><svg onload=alert(2)> [x](javascript:alert(4))",
                ScheduledFor = TomorrowTen,
                ScheduledUntil = TomorrowTen.AddHours(1),
                AffectedComponents = new[] { component },
            }
        );
        Assert.True(created.Success, created.Raw);
        var id = created.Result.GetGuid();
        var anonymous = factory.CreateClient();

        foreach (
            var url in new[] { $"/status/{page.Slug}", $"/status/{page.Slug}/maintenance/{id}" }
        )
        {
            var html = await anonymous.GetHtmlAsync(url);
            Assert.Contains(
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                html,
                StringComparison.Ordinal
            );
            Assert.Contains("Affects: &lt;img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        }

        var atom = await anonymous.GetStringAsync($"/status/{page.Slug}/history.atom", Ct);
        var item = SyndicationFeed.Load(XmlReader.Create(new StringReader(atom))).Items.Single();
        Assert.Equal("Maintenance: <script>alert(1)</script>", item.Title.Text);
        var content = ((TextSyndicationContent)item.Content).Text;
        Assert.DoesNotContain("<svg", content, StringComparison.Ordinal);
        Assert.Contains("&lt;svg onload", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bars_WithMaintenanceDay_ShowItInItsColourWithTheWindowAndNoDowntime()
    {
        var page = await factory.CreatePageClientAsync();
        var database = await page.Http.CreateComponentAsync("Database");
        var from = factory.Time.GetUtcNow().AddMinutes(30);
        var id = await CreateAsync(
            page,
            "Disk swap",
            from,
            from.AddHours(3),
            [database],
            autoComplete: false
        );
        await MoveAsync(page, id, "In Progress", "Swapping.");
        factory.Time.Advance(TimeSpan.FromHours(1));
        await MoveAsync(page, id, "Completed", "Swapped.");
        var anonymous = factory.CreateClient();

        var components = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/components");
        var html = await anonymous.GetHtmlAsync($"/status/{page.Slug}");

        var component = components
            .Result.EnumerateArray()
            .Single(c => c.GetProperty("Id").GetGuid() == database);
        Assert.Equal(100.0, component.GetProperty("UptimePercent").GetDouble());
        var today = component.GetProperty("Days").EnumerateArray().Last();
        Assert.Equal("Under Maintenance", today.GetProperty("Status").GetString());
        var listed = Assert.Single(today.GetProperty("Maintenances").EnumerateArray());
        Assert.Equal(id, listed.GetProperty("Id").GetGuid());
        Assert.Equal("Disk swap", listed.GetProperty("Title").GetString());
        Assert.Matches(
            new Regex(
                "<li class=\"day s-maintenance\" title=\"[0-9-]+: Under Maintenance — Maintenance: Disk swap \\([^)]+UTC\\)\"></li>"
            ),
            html
        );
    }

    [Fact]
    public async Task PublicJson_ListsByStatusAndTheSummaryCarriesActiveAndUpcoming()
    {
        var page = await factory.CreatePageClientAsync();
        var upcoming = await CreateAsync(page, "Later", TomorrowTen, TomorrowTen.AddHours(1));
        var active = await CreateAsync(
            page,
            "Now",
            TomorrowTen.AddDays(1),
            TomorrowTen.AddDays(1).AddHours(1)
        );
        await MoveAsync(page, active, "Verifying", "Checking.");
        var completed = await CreateAsync(
            page,
            "Done",
            TomorrowTen.AddDays(2),
            TomorrowTen.AddDays(2).AddHours(1)
        );
        await MoveAsync(page, completed, "Completed", "Not needed after all.");
        var anonymous = factory.CreateClient();
        var url = $"/api/public/{page.Slug}/maintenance";

        // Same path, different status: the cache must keep them apart.
        var byDefault = await anonymous.GetEnvelopeAsync(url);
        var upcomingList = await anonymous.GetEnvelopeAsync(url + "?status=upcoming");
        var activeList = await anonymous.GetEnvelopeAsync(url + "?status=Active");
        var completedList = await anonymous.GetEnvelopeAsync(url + "?status=completed");
        var wrong = await anonymous.GetEnvelopeAsync(url + "?status=cancelled");
        var summary = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/summary");

        static Guid[] Ids(Envelope e) =>
            e
                .Result.GetProperty("Items")
                .EnumerateArray()
                .Select(m => m.GetProperty("Id").GetGuid())
                .ToArray();
        Assert.Equal([upcoming], Ids(byDefault));
        Assert.Equal([upcoming], Ids(upcomingList));
        Assert.Equal([active], Ids(activeList));
        Assert.Equal([completed], Ids(completedList));
        Assert.Equal("Maintenance retrieved successfully", activeList.Message);
        var item = activeList.Result.GetProperty("Items")[0];
        Assert.Equal("Verifying", item.GetProperty("Status").GetString());
        Assert.Equal(
            "Checking.",
            item.GetProperty("Updates")[0].GetProperty("Description").GetString()
        );
        Assert.False(item.TryGetProperty("IsNotify", out _), "notify flags are not public");
        Assert.False(item.TryGetProperty("AutoStart", out _), "automation settings are not public");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("Status must be one of: upcoming, active, completed.", wrong.Message);
        var maintenance = summary.Result.GetProperty("Maintenance");
        Assert.Equal(active, maintenance.GetProperty("Active")[0].GetProperty("Id").GetGuid());
        Assert.Equal(1, maintenance.GetProperty("Active").GetArrayLength());
        Assert.Equal(upcoming, maintenance.GetProperty("Upcoming")[0].GetProperty("Id").GetGuid());
        Assert.Equal(1, maintenance.GetProperty("Upcoming").GetArrayLength());
        Assert.Equal(
            "maintenance",
            summary.Result.GetProperty("Status").GetProperty("Indicator").GetString()
        );
    }

    [Fact]
    public async Task OtherPagesMaintenance_IsNotFoundOnPermalinkJsonAndCalendar()
    {
        var mine = await factory.CreatePageClientAsync();
        var theirs = await factory.CreatePageClientAsync();
        var id = await CreateAsync(theirs, "Their upgrade", TomorrowTen, TomorrowTen.AddHours(1));
        var anonymous = factory.CreateClient();

        using var permalink = await anonymous.GetAsync($"/status/{mine.Slug}/maintenance/{id}", Ct);
        var body = await permalink.Content.ReadAsStringAsync(Ct);
        var list = await anonymous.GetEnvelopeAsync($"/api/public/{mine.Slug}/maintenance");
        var summary = await anonymous.GetEnvelopeAsync($"/api/public/{mine.Slug}/summary");
        using var unknownPage = await anonymous.GetAsync(
            $"/status/no-such-page/maintenance/{id}",
            Ct
        );
        var theirsHtml = await anonymous.GetHtmlAsync($"/status/{theirs.Slug}/maintenance/{id}");
        var json = await anonymous.GetEnvelopeAsync($"/api/public/{mine.Slug}/maintenance/{id}");
        var theirsJson = await anonymous.GetEnvelopeAsync(
            $"/api/public/{theirs.Slug}/maintenance/{id}"
        );
        var calendar = Calendar.Load(
            await ReadCalendarAsync(anonymous, $"/status/{mine.Slug}/maintenance.ics")
        )!;

        Assert.Equal(HttpStatusCode.NotFound, permalink.StatusCode);
        Assert.Contains("Maintenance not found.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Their upgrade", body, StringComparison.Ordinal);
        Assert.Equal(0, list.Result.GetProperty("Items").GetArrayLength());
        Assert.Equal(
            0,
            summary.Result.GetProperty("Maintenance").GetProperty("Upcoming").GetArrayLength()
        );
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
        Assert.Contains("Their upgrade", theirsHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, json.Status);
        Assert.Equal("Maintenance not found.", json.Message);
        Assert.Equal(HttpStatusCode.OK, theirsJson.Status);
        Assert.Equal("Their upgrade", theirsJson.Result.GetProperty("Title").GetString());
        Assert.Empty(calendar.Events);
    }

    [Fact]
    public async Task SchedulerStart_EvictsTheCacheAndStreamsAChangedNotice()
    {
        var page = await factory.CreatePageClientAsync();
        var database = await page.Http.CreateComponentAsync("Database");
        var from = factory.Time.GetUtcNow().AddMinutes(10);
        var id = await CreateAsync(page, "Automatic", from, from.AddHours(1), [database]);
        var anonymous = factory.CreateClient();
        var summaryUrl = $"/api/public/{page.Slug}/summary";
        var before = await anonymous.GetEnvelopeAsync(summaryUrl);
        Assert.Equal(
            0,
            before.Result.GetProperty("Maintenance").GetProperty("Active").GetArrayLength()
        );
        using (var cached = await anonymous.GetAsync(summaryUrl, Ct))
        {
            Assert.True(
                cached.Headers.Age is not null,
                "the second read should come from the cache"
            );
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var response = await anonymous.GetAsync(
            $"/status/{page.Slug}/events",
            HttpCompletionOption.ResponseHeadersRead,
            timeout.Token
        );
        using var reader = new StreamReader(
            await response.Content.ReadAsStreamAsync(timeout.Token)
        );
        Assert.Equal("retry: 3000", await reader.ReadLineAsync(timeout.Token));

        // Nobody calls the API: the in-process scheduler starts it when the clock reaches the window,
        // the only write on this page since the stream opened. The clock moves once the scheduler
        // sleeps on it: its timer (at most IdlePollInterval, 30 s) then fires on the move.
        var scheduler = factory.Services.GetRequiredService<MaintenanceScheduler>();
        await Eventually.WaitAsync(() => scheduler.IsSleeping, s => s, "the scheduler asleep");
        factory.Time.Advance(TimeSpan.FromMinutes(10));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        } while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));
        var data = await reader.ReadLineAsync(timeout.Token);
        var after = await anonymous.GetEnvelopeAsync(summaryUrl);

        Assert.Equal("event: changed", line);
        Assert.StartsWith("data: ", data, StringComparison.Ordinal);
        var active = after.Result.GetProperty("Maintenance").GetProperty("Active");
        Assert.Equal(id, Assert.Single(active.EnumerateArray()).GetProperty("Id").GetGuid());
        Assert.Equal(
            "Under Maintenance",
            after.Result.GetProperty("Status").GetProperty("Description").GetString()
        );
        var component = after.Result.GetProperty("Components")[0];
        Assert.Equal("Under Maintenance", component.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Feeds_IncludeTheAnnouncementAndItsCompletion()
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateIncidentAsync("An incident");
        var id = await CreateAsync(page, "Database upgrade", TomorrowTen, TomorrowTen.AddHours(2));
        var anonymous = factory.CreateClient();

        async Task<SyndicationItem> ItemAsync(string suffix)
        {
            using var response = await anonymous.GetAsync(
                $"/status/{page.Slug}/history.{suffix}",
                Ct
            );
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var xml = await response.Content.ReadAsStringAsync(Ct);
            var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
            Assert.Contains(feed.Items, i => i.Title.Text == "An incident");
            return Assert.Single(feed.Items, i => i.Title.Text == "Maintenance: Database upgrade");
        }

        static string Html(SyndicationItem item) =>
            ((TextSyndicationContent)(item.Content ?? item.Summary)).Text;

        foreach (var suffix in new[] { "atom", "rss" })
        {
            var announced = await ItemAsync(suffix);
            Assert.Equal(
                $"/status/{page.Slug}/maintenance/{id}",
                announced.Links[0].Uri.AbsolutePath
            );
            Assert.Contains(
                $"Scheduled: {Day(TomorrowTen)} 10:00–12:00 UTC",
                Html(announced),
                StringComparison.Ordinal
            );
            Assert.Contains(
                "We will upgrade the **primary** database.",
                Html(announced),
                StringComparison.Ordinal
            );
        }

        factory.Time.Advance(TimeSpan.FromMinutes(5));
        await MoveAsync(page, id, "Completed", "Finished ahead of schedule.");
        foreach (var suffix in new[] { "atom", "rss" })
        {
            var completed = await ItemAsync(suffix);
            Assert.Contains("Completed: ", Html(completed), StringComparison.Ordinal);
            Assert.Contains(
                "Finished ahead of schedule.",
                Html(completed),
                StringComparison.Ordinal
            );
        }
    }

    [Fact]
    public async Task Calendar_ParsesBackWithOneEventPerUpcomingActiveOrCancelledMaintenance()
    {
        var page = await factory.CreatePageClientAsync();
        var theirs = await factory.CreatePageClientAsync();
        var database = await page.Http.CreateComponentAsync("Database");
        var upcoming = await CreateAsync(
            page,
            "Upcoming",
            TomorrowTen,
            TomorrowTen.AddHours(2),
            [database]
        );
        var active = await CreateAsync(
            page,
            "Active",
            TomorrowTen.AddDays(1),
            TomorrowTen.AddDays(1).AddHours(1)
        );
        await MoveAsync(page, active, "In Progress", "Started.");
        var completed = await CreateAsync(
            page,
            "Completed",
            TomorrowTen.AddDays(2),
            TomorrowTen.AddDays(2).AddHours(1)
        );
        await MoveAsync(page, completed, "Completed", "Done.");
        var cancelled = await CreateAsync(
            page,
            "Cancelled",
            TomorrowTen.AddDays(3),
            TomorrowTen.AddDays(3).AddHours(1)
        );
        Assert.True(
            (
                await page.Http.PostJsonAsync(
                    $"{AdminUrl}/Cancel",
                    new { MaintenanceId = cancelled }
                )
            ).Success
        );
        var foreign = await CreateAsync(theirs, "Theirs", TomorrowTen, TomorrowTen.AddHours(1));
        var anonymous = factory.CreateClient();
        var url = $"/status/{page.Slug}/maintenance.ics";

        var before = Calendar.Load(await ReadCalendarAsync(anonymous, url))!;
        var rescheduled = await page.Http.PutJsonAsync(
            AdminUrl,
            new
            {
                MaintenanceId = upcoming,
                Description = "Moved by an hour.",
                ScheduledFor = TomorrowTen.AddHours(1),
                ScheduledUntil = TomorrowTen.AddHours(3),
            }
        );
        Assert.True(rescheduled.Success, rescheduled.Raw);
        var after = Calendar.Load(await ReadCalendarAsync(anonymous, url))!;
        using var unknown = await anonymous.GetAsync("/status/no-such-page/maintenance.ics", Ct);

        Assert.Equal(
            new[]
            {
                $"{upcoming}@incidents",
                $"{active}@incidents",
                $"{cancelled}@incidents",
            }.Order(),
            after.Events.Select(e => e.Uid).Order()
        );
        Assert.DoesNotContain(
            after.Events,
            e => e.Uid!.StartsWith(completed.ToString(), StringComparison.Ordinal)
        );
        Assert.DoesNotContain(
            after.Events,
            e => e.Uid!.StartsWith(foreign.ToString(), StringComparison.Ordinal)
        );
        var first = before.Events.Single(e => e.Uid == $"{upcoming}@incidents");
        var moved = after.Events.Single(e => e.Uid == $"{upcoming}@incidents");
        Assert.Equal(0, first.Sequence);
        Assert.Equal(1, moved.Sequence);
        Assert.True(moved.DtStart!.IsUtc);
        Assert.Equal(TomorrowTen.AddHours(1).UtcDateTime, moved.DtStart.Value);
        Assert.Equal(TomorrowTen.AddHours(3).UtcDateTime, moved.DtEnd!.Value);
        Assert.Equal("Upcoming", moved.Summary);
        Assert.Contains("Affects: Database", moved.Description, StringComparison.Ordinal);
        Assert.Equal($"/status/{page.Slug}/maintenance/{upcoming}", moved.Url!.AbsolutePath);
        Assert.Equal("CONFIRMED", moved.Status);
        Assert.Equal(
            "CANCELLED",
            after.Events.Single(e => e.Uid == $"{cancelled}@incidents").Status
        );
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Calendar_DropsACancelledMaintenanceOnceItsWindowHasPassed()
    {
        var page = await factory.CreatePageClientAsync();
        var past = await CreateAsync(page, "Cancelled, over", TomorrowTen, TomorrowTen.AddHours(1));
        Assert.True(
            (
                await page.Http.PostJsonAsync($"{AdminUrl}/Cancel", new { MaintenanceId = past })
            ).Success
        );
        factory.Time.Advance(TimeSpan.FromDays(2));
        // A write on the page after the move, so the calendar is rendered anew.
        var later = await CreateAsync(
            page,
            "Cancelled, ahead",
            TomorrowTen,
            TomorrowTen.AddHours(1)
        );
        Assert.True(
            (
                await page.Http.PostJsonAsync($"{AdminUrl}/Cancel", new { MaintenanceId = later })
            ).Success
        );

        var calendar = Calendar.Load(
            await ReadCalendarAsync(factory.CreateClient(), $"/status/{page.Slug}/maintenance.ics")
        )!;

        var only = Assert.Single(calendar.Events);
        Assert.Equal($"{later}@incidents", only.Uid);
        Assert.Equal("CANCELLED", only.Status);
    }

    [Fact]
    public async Task Calendar_IsServedFromTheCacheUntilAWrite()
    {
        var page = await factory.CreatePageClientAsync();
        await CreateAsync(page, "First", TomorrowTen, TomorrowTen.AddHours(1));
        var anonymous = factory.CreateClient();
        var url = $"/status/{page.Slug}/maintenance.ics";
        await ReadCalendarAsync(anonymous, url);

        using (var hit = await anonymous.GetAsync(url, Ct))
        {
            Assert.True(hit.Headers.Age is not null, "the second read should come from the cache");
            Assert.NotNull(hit.Headers.ETag);
        }

        await CreateAsync(
            page,
            "Second",
            TomorrowTen.AddDays(1),
            TomorrowTen.AddDays(1).AddHours(1)
        );
        var calendar = Calendar.Load(await ReadCalendarAsync(anonymous, url))!;
        Assert.Equal(["First", "Second"], calendar.Events.Select(e => e.Summary).Order());
    }

    private static async Task<string> ReadCalendarAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"{url}: {response.StatusCode} {text}"
        );
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return text;
    }
}
