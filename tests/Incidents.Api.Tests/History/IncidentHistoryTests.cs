using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;
using Incidents.Application.Notifications.EventHandlers;
using Incidents.Domain.Audit;
using Incidents.Domain.Incidents;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.History;

/// <summary>
/// Issue 14's record-keeping routes — corrections, deletion, backfill, postmortems — through the
/// real pipeline with a fake clock, per database provider (derived classes). Every message a
/// client can get from them is asserted here.
/// </summary>
public abstract class IncidentHistoryTests
{
    private readonly FakeClockApiFactory factory;

    protected IncidentHistoryTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateTimeOffset Now => factory.Time.GetUtcNow();

    // ---------------------------------------------------------------- corrections

    [Fact]
    public async Task CorrectUpdate_WithNewText_ShowsItOnPageJsonAndFeedAndKeepsOldTextInAudit()
    {
        var page = await factory.CreatePageClientAsync();
        var incident = await page.Http.CreateIncidentAsync("Login errors", "Partial Outage");
        var updateId = await FirstUpdateIdAsync(page, incident);
        var anonymous = factory.CreateClient();
        // Cached before the correction: the correction must evict it.
        var before = await anonymous.GetHtmlAsync($"/status/{page.Slug}/incidents/{incident}");
        Assert.Contains("We are investigating reports of database timeouts.", before);
        var atomBefore = await anonymous.GetStringAsync($"/status/{page.Slug}/history.atom", Ct);
        factory.Time.Advance(TimeSpan.FromMinutes(7));
        var correctedAt = Now;

        var answer = await page.Http.PutJsonAsync(
            $"/api/admin/Incident/{incident}/Updates/{updateId}",
            new { Description = "We are investigating login errors." }
        );

        Assert.Equal("""{"Success":true,"Message":"Update corrected successfully"}""", answer.Raw);
        var html = await anonymous.GetHtmlAsync($"/status/{page.Slug}/incidents/{incident}");
        Assert.Contains("We are investigating login errors.", html);
        Assert.DoesNotContain("database timeouts", html);
        var json = await anonymous.GetEnvelopeAsync(
            $"/api/public/{page.Slug}/incidents/{incident}"
        );
        var update = json.Result.GetProperty("Updates")[0];
        Assert.Equal(
            "We are investigating login errors.",
            update.GetProperty("Description").GetString()
        );
        Assert.Equal(
            correctedAt,
            update.GetProperty("UpdatedAt").GetDateTimeOffset(),
            TimeSpan.FromMilliseconds(1)
        );
        var atom = await anonymous.GetStringAsync($"/status/{page.Slug}/history.atom", Ct);
        Assert.NotEqual(atomBefore, atom);
        var item = SyndicationFeed.Load(XmlReader.Create(new StringReader(atom))).Items.Single();
        Assert.Contains(
            "We are investigating login errors.",
            ((TextSyndicationContent)item.Content).Text
        );
        Assert.Equal(correctedAt, item.LastUpdatedTime, TimeSpan.FromSeconds(1));
        var audit = await page.Http.GetEnvelopeAsync($"/api/admin/Audit?target={incident}");
        var entry = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Single(e => e.GetProperty("Action").GetString() == "CorrectIncidentUpdate");
        using var details = JsonDocument.Parse(entry.GetProperty("Details").GetString()!);
        Assert.Equal(
            "We are investigating reports of database timeouts.",
            details.RootElement.GetProperty("PreviousDescription").GetString()
        );
        // Never notifies: no handler turns a correction into deliveries.
        Assert.False(
            typeof(INotificationHandler<IncidentUpdateCorrected>).IsAssignableFrom(
                typeof(SubscriberNotificationHandler)
            )
        );
    }

    [Fact]
    public async Task CorrectUpdate_WithDisplayAt_ShowsThatTimeAndKeepsTheRecordedOne()
    {
        var page = await factory.CreatePageClientAsync();
        var incident = await page.Http.CreateIncidentAsync();
        var updateId = await FirstUpdateIdAsync(page, incident);
        var recorded = Now;
        var shown = recorded.AddMinutes(-20);
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        var answer = await page.Http.PutJsonAsync(
            $"/api/admin/Incident/{incident}/Updates/{updateId}",
            new { Description = "Started earlier than we said.", DisplayAt = shown }
        );

        Assert.True(answer.Success, answer.Raw);
        var json = await factory
            .CreateClient()
            .GetEnvelopeAsync($"/api/public/{page.Slug}/incidents/{incident}");
        Assert.Equal(
            shown,
            json.Result.GetProperty("Updates")[0].GetProperty("CreatedAt").GetDateTimeOffset(),
            TimeSpan.FromMilliseconds(1)
        );
        var admin = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incident}");
        var update = admin.Result.GetProperty("Updates")[0];
        Assert.Equal(
            recorded,
            update.GetProperty("CreatedAt").GetDateTimeOffset(),
            TimeSpan.FromMilliseconds(1)
        );
        Assert.Equal(
            shown,
            update.GetProperty("DisplayAt").GetDateTimeOffset(),
            TimeSpan.FromMilliseconds(1)
        );
    }

    [Fact]
    public async Task CorrectUpdate_WithBadInput_AnswersEachMessageAndWritesNothing()
    {
        var page = await factory.CreatePageClientAsync();
        var incident = await page.Http.CreateIncidentAsync();
        var updateId = await FirstUpdateIdAsync(page, incident);
        var url = $"/api/admin/Incident/{incident}/Updates/{updateId}";
        var auditBefore = await AuditCountAsync(page);

        AssertError(
            await page.Http.PutJsonAsync(
                $"/api/admin/Incident/{Guid.NewGuid()}/Updates/{updateId}",
                new { Description = "x" }
            ),
            "Incident ID not found."
        );
        AssertError(
            await page.Http.PutJsonAsync(
                $"/api/admin/Incident/{incident}/Updates/{Guid.NewGuid()}",
                new { Description = "x" }
            ),
            "Update ID not found."
        );
        AssertError(
            await page.Http.PutJsonAsync(url, new { Description = " " }),
            "Description is required."
        );
        AssertError(
            await page.Http.PutJsonAsync(url, new { Description = new string('x', 10_001) }),
            "Description must be at most 10000 characters."
        );
        AssertError(
            await page.Http.PutJsonAsync(
                url,
                new { Description = "x", DisplayAt = Now.AddMinutes(1) }
            ),
            "DisplayAt must not be in the future."
        );

        Assert.Equal(auditBefore, await AuditCountAsync(page));
        var admin = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incident}");
        Assert.Equal(
            "We are investigating reports of database timeouts.",
            admin.Result.GetProperty("Updates")[0].GetProperty("Description").GetString()
        );
    }

    // ---------------------------------------------------------------- delete

    [Fact]
    public async Task Delete_AnOpenIncident_GoneEverywhereComponentRecoversAuditStays()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("API");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var incident = await page.Http.CreateIncidentAsync("Mistake", "Major Outage", component);
        var anonymous = factory.CreateClient();
        Assert.Contains("Mistake", await anonymous.GetHtmlAsync($"/status/{page.Slug}"));
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        var answer = await page.Http.DeleteEnvelopeAsync($"/api/admin/Incident/{incident}");

        Assert.Equal("""{"Success":true,"Message":"Incident deleted successfully"}""", answer.Raw);
        Assert.DoesNotContain("Mistake", await anonymous.GetHtmlAsync($"/status/{page.Slug}"));
        using (
            var permalink = await anonymous.GetAsync(
                $"/status/{page.Slug}/incidents/{incident}",
                Ct
            )
        )
        {
            Assert.Equal(HttpStatusCode.NotFound, permalink.StatusCode);
        }

        Assert.DoesNotContain(
            "Mistake",
            await anonymous.GetStringAsync($"/status/{page.Slug}/history.atom", Ct)
        );
        var summary = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/summary");
        Assert.DoesNotContain("Mistake", summary.Raw);
        var only = summary.Result.GetProperty("Components")[0];
        Assert.Equal("Operational", only.GetProperty("Status").GetString());
        Assert.Equal(100, only.GetProperty("UptimePercent").GetDouble());
        var admin = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incident}");
        Assert.Equal(HttpStatusCode.NotFound, admin.Status);
        var audit = await page.Http.GetEnvelopeAsync($"/api/admin/Audit?target={incident}");
        var actions = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Select(e => e.GetProperty("Action").GetString())
            .ToList();
        Assert.Contains("CreateIncident", actions);
        Assert.Contains("DeleteIncident", actions);
        var outbox = await factory.WithDbAsync(db =>
            db.OutboxMessages.Where(o => o.PageId == page.PageId)
                .Select(o => o.Type)
                .ToListAsync(Ct)
        );
        Assert.Contains(nameof(IncidentDeleted), outbox);
    }

    [Fact]
    public async Task Delete_WhenUnknownOrAgain_Answers400NotFound()
    {
        var page = await factory.CreatePageClientAsync();
        var incident = await page.Http.CreateIncidentAsync();
        Assert.True(
            (await page.Http.DeleteEnvelopeAsync($"/api/admin/Incident/{incident}")).Success
        );

        AssertError(
            await page.Http.DeleteEnvelopeAsync($"/api/admin/Incident/{incident}"),
            "Incident ID not found."
        );
        AssertError(
            await page.Http.DeleteEnvelopeAsync($"/api/admin/Incident/{Guid.NewGuid()}"),
            "Incident ID not found."
        );
    }

    // ---------------------------------------------------------------- backfill

    [Fact]
    public async Task Backfill_WhenValid_AppearsInHistoryAtItsTimesAndLeavesCurrentStatusAlone()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database", "Degraded Performance");
        var started = Now.AddDays(-3);
        var resolved = started.AddHours(2);

        var answer = await page.Http.PostJsonAsync(
            "/api/admin/Incident/Backfill",
            new
            {
                Title = "Imported outage",
                Impact = "Major Outage",
                AffectedComponents = new[] { component },
                StartedAt = started,
                ResolvedAt = resolved,
                Updates = new object[]
                {
                    new
                    {
                        Status = "Investigating",
                        Description = "Looking into it.",
                        At = started,
                    },
                    new
                    {
                        Status = "Identified",
                        Description = "A bad deploy.",
                        At = started.AddHours(1),
                    },
                },
            }
        );

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Incident backfilled successfully", answer.Message);
        var id = answer.Result.GetGuid();
        var admin = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.True(admin.Result.GetProperty("Backfilled").GetBoolean());
        Assert.Equal("Resolved", admin.Result.GetProperty("Status").GetString());
        Assert.False(admin.Result.GetProperty("IsNotify").GetBoolean());
        Assert.Equal(
            started,
            admin.Result.GetProperty("CreatedAt").GetDateTimeOffset(),
            TimeSpan.FromMilliseconds(1)
        );
        Assert.Equal(
            resolved,
            admin.Result.GetProperty("ResolvedAt").GetDateTimeOffset(),
            TimeSpan.FromMilliseconds(1)
        );
        Assert.Equal(3, admin.Result.GetProperty("Updates").GetArrayLength());
        var anonymous = factory.CreateClient();
        var summary = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/summary");
        var db = summary.Result.GetProperty("Components")[0];
        Assert.Equal("Degraded Performance", db.GetProperty("Status").GetString());
        var components = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/components");
        var startedDay = components
            .Result[0]
            .GetProperty("Days")
            .EnumerateArray()
            .Single(d =>
                d.GetProperty("Date").GetString()
                == started.UtcDateTime.ToString(
                    "yyyy-MM-dd",
                    System.Globalization.CultureInfo.InvariantCulture
                )
            );
        Assert.Equal("Major Outage", startedDay.GetProperty("Status").GetString());
        Assert.Contains("Imported outage", startedDay.GetRawText());
        Assert.Contains("Imported outage", await anonymous.GetHtmlAsync($"/status/{page.Slug}"));
        var history = await anonymous.GetHtmlAsync(
            $"/status/{page.Slug}/history?month={started.UtcDateTime:yyyy'-'MM}"
        );
        Assert.Contains("Imported outage", history);
        Assert.Contains(
            "Imported outage",
            await anonymous.GetStringAsync($"/status/{page.Slug}/history.atom", Ct)
        );
        // Never notifies: the only event is IncidentBackfilled, which no handler fans out.
        var outbox = await factory.WithDbAsync(d =>
            d.OutboxMessages.Where(o =>
                    o.PageId == page.PageId && o.OccurredAt > started.AddDays(1)
                )
                .Select(o => o.Type)
                .ToListAsync(Ct)
        );
        Assert.Contains(nameof(IncidentBackfilled), outbox);
        Assert.DoesNotContain(nameof(IncidentOpened), outbox);
        Assert.False(
            typeof(INotificationHandler<IncidentBackfilled>).IsAssignableFrom(
                typeof(SubscriberNotificationHandler)
            )
        );
    }

    public static TheoryData<string, string> BackfillRuleCases =>
        new()
        {
            { "Title", "Title is required." },
            {
                "Impact",
                "Impact must be one of: None, Degraded Performance, Partial Outage, Major Outage."
            },
            { "StartedAt", "StartedAt is required." },
            { "ResolvedAt", "ResolvedAt is required." },
            { "Updates", "Updates must have at least one entry." },
            { "TooManyUpdates", "Updates must have at most 100 entries." },
            { "NullUpdate", "Each update needs a Status, a Description and an At time." },
            { "UpdateStatus", "Each update needs a Status." },
            {
                "UpdateStatusWord",
                "Each update's Status must be one of: Investigating, Identified, Monitoring, Resolved."
            },
            { "UpdateDescription", "Each update needs a Description." },
            { "UpdateAt", "Each update needs an At time." },
            { "StartedFuture", "StartedAt must be in the past." },
            { "ResolvedFuture", "ResolvedAt must be in the past." },
            { "ResolvedBeforeStarted", "ResolvedAt must be after StartedAt." },
            { "OutsideWindow", "Each update's At must be between StartedAt and ResolvedAt." },
            { "OutOfOrder", "Updates must be in time order." },
            { "ResolvedNotLast", "Only the last update can be Resolved." },
            { "ResolvedNotAtEnd", "A Resolved update must be at ResolvedAt." },
            { "UnknownComponent", "Component {0} not found." },
        };

    [Theory]
    [MemberData(nameof(BackfillRuleCases))]
    public async Task Backfill_WhenARuleIsBroken_Answers400WithItsMessageAndWritesNothing(
        string broken,
        string message
    )
    {
        var page = await factory.CreatePageClientAsync();
        var started = Now.AddDays(-2);
        var resolved = started.AddHours(4);
        object Update(string? status, string? description, DateTimeOffset? at) =>
            new
            {
                Status = status,
                Description = description,
                At = at,
            };
        var updates = new List<object?> { Update("Investigating", "Looking.", started) };
        var unknown = Guid.NewGuid();
        var body = new Dictionary<string, object?>
        {
            ["Title"] = "Old outage",
            ["Impact"] = "Major Outage",
            ["StartedAt"] = started,
            ["ResolvedAt"] = resolved,
            ["Updates"] = updates,
        };
        switch (broken)
        {
            case "Title":
                body["Title"] = "";
                break;
            case "Impact":
                body["Impact"] = "Apocalypse";
                break;
            case "StartedAt":
                body.Remove("StartedAt");
                break;
            case "ResolvedAt":
                body["ResolvedAt"] = null;
                break;
            case "Updates":
                body["Updates"] = Array.Empty<object>();
                break;
            case "TooManyUpdates":
                body["Updates"] = Enumerable
                    .Range(0, 101)
                    .Select(_ => Update("Investigating", "x", started))
                    .ToList();
                break;
            case "NullUpdate":
                // A null in the list (found by the fuzz tests: it reached the mapping as a 500).
                updates[0] = null;
                break;
            case "UpdateStatus":
                updates[0] = Update(null, "x", started);
                break;
            case "UpdateStatusWord":
                updates[0] = Update("Panicking", "x", started);
                break;
            case "UpdateDescription":
                updates[0] = Update("Investigating", " ", started);
                break;
            case "UpdateAt":
                updates[0] = Update("Investigating", "x", null);
                break;
            case "StartedFuture":
                body["StartedAt"] = Now.AddHours(1);
                body["ResolvedAt"] = Now.AddHours(2);
                break;
            case "ResolvedFuture":
                body["ResolvedAt"] = Now.AddHours(1);
                break;
            case "ResolvedBeforeStarted":
                body["ResolvedAt"] = started.AddHours(-1);
                break;
            case "OutsideWindow":
                updates[0] = Update("Investigating", "x", started.AddMinutes(-1));
                break;
            case "OutOfOrder":
                updates[0] = Update("Investigating", "x", started.AddHours(1));
                updates.Add(Update("Identified", "y", started));
                break;
            case "ResolvedNotLast":
                updates[0] = Update("Resolved", "x", started);
                updates.Add(Update("Monitoring", "y", started.AddHours(1)));
                break;
            case "ResolvedNotAtEnd":
                updates[0] = Update("Resolved", "x", started.AddHours(1));
                break;
            case "UnknownComponent":
                body["AffectedComponents"] = new[] { unknown };
                break;
        }

        var answer = await page.Http.PostJsonAsync("/api/admin/Incident/Backfill", body);

        AssertError(
            answer,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, message, unknown)
        );
        var (incidents, audit) = await factory.WithDbAsync(async db =>
            (
                await db.Incidents.CountAsync(i => i.PageId == page.PageId, Ct),
                await db.Set<AuditEntry>().CountAsync(a => a.PageId == page.PageId, Ct)
            )
        );
        Assert.Equal((0, 0), (incidents, audit));
    }

    /// <summary>
    /// The 90-day bars and uptime with backfilled intervals, worked out by hand. M is a UTC
    /// midnight; the component exists from M, a live Partial Outage runs M+1h..M+25h, and "now"
    /// is M+73h. Backfilled: Major M+2h..M+4h (inside the live partial: Major wins), Degraded
    /// M+30h..M+36h, Major M−24h..M−22h (before the component existed: tracking starts there).
    /// Tracked 97 h; down = 2 h + 2 h (Major, weight 1) + 22 h × 0.3 (Partial) = 10.6 h;
    /// uptime = 100 × (1 − 10.6 / 97) = 89.07. Without the backfills: tracked 73 h, down
    /// 24 h × 0.3 = 7.2 h, uptime 90.14. Days: M−1 Major, M Major, M+1 Partial, M+2 Operational,
    /// M+3 Operational, earlier days no data.
    /// </summary>
    [Fact]
    public async Task Backfill_ThenDelete_ChangesBarsAndUptimeExactlyAsComputedByHand()
    {
        var now = Now;
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
        factory.Time.Advance(midnight - now);
        var m = Now;
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("API");
        factory.Time.Advance(TimeSpan.FromHours(1));
        var live = await page.Http.CreateIncidentAsync("Live partial", "Partial Outage", component);
        factory.Time.Advance(TimeSpan.FromHours(24));
        Assert.True(
            (
                await page.Http.PostJsonAsync(
                    "/api/admin/Incident/ResolveIncident",
                    new { IncidentId = live }
                )
            ).Success
        );
        factory.Time.Advance(TimeSpan.FromHours(48));
        Assert.Equal(m.AddHours(73), Now);
        var anonymous = factory.CreateClient();
        var (liveOnlyDays, liveOnlyUptime) = await BarsAsync(anonymous, page.Slug);
        Assert.Equal(90.14, liveOnlyUptime);

        var backfilled = new List<Guid>
        {
            await BackfillAsync(page, "Major Outage", component, m.AddHours(2), m.AddHours(4)),
            await BackfillAsync(
                page,
                "Degraded Performance",
                component,
                m.AddHours(30),
                m.AddHours(36)
            ),
            await BackfillAsync(page, "Major Outage", component, m.AddHours(-24), m.AddHours(-22)),
        };

        var (days, uptime) = await BarsAsync(anonymous, page.Slug);
        Assert.Equal(89.07, uptime);
        var day = DateOnly.FromDateTime(m.UtcDateTime);
        Assert.Equal("Major Outage", days[day.AddDays(-1)]);
        Assert.Equal("Major Outage", days[day]);
        Assert.Equal("Partial Outage", days[day.AddDays(1)]);
        Assert.Equal("Operational", days[day.AddDays(2)]);
        Assert.Equal("Operational", days[day.AddDays(3)]);
        Assert.Null(days[day.AddDays(-2)]);
        Assert.Equal("Partial Outage", liveOnlyDays[day]);
        Assert.Null(liveOnlyDays[day.AddDays(-1)]);

        foreach (var id in backfilled)
        {
            Assert.True((await page.Http.DeleteEnvelopeAsync($"/api/admin/Incident/{id}")).Success);
        }

        var (afterDays, afterUptime) = await BarsAsync(anonymous, page.Slug);
        Assert.Equal(90.14, afterUptime);
        Assert.Equal(liveOnlyDays, afterDays);

        // Deleting the live incident takes its partial outage out of the history too.
        Assert.True((await page.Http.DeleteEnvelopeAsync($"/api/admin/Incident/{live}")).Success);
        var (cleanDays, cleanUptime) = await BarsAsync(anonymous, page.Slug);
        Assert.Equal(100, cleanUptime);
        Assert.Equal("Operational", cleanDays[day]);
    }

    // ---------------------------------------------------------------- postmortems

    [Fact]
    public async Task Postmortem_FullCycle_AnswersEachMessageAndShowsOnlyWhenPublished()
    {
        var page = await factory.CreatePageClientAsync();
        var incident = await page.Http.CreateIncidentAsync("Disk full", "Major Outage");
        var url = $"/api/admin/Incident/{incident}/Postmortem";
        AssertError(
            await page.Http.PutJsonAsync(url, new { Body = "Too early." }),
            "Only a resolved incident can have a postmortem."
        );
        factory.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.True(
            (
                await page.Http.PostJsonAsync(
                    "/api/admin/Incident/ResolveIncident",
                    new { IncidentId = incident }
                )
            ).Success
        );
        AssertError(
            await page.Http.PostJsonAsync(url + "/Publish", null),
            "There is no postmortem draft to publish."
        );
        AssertError(
            await page.Http.PostJsonAsync(url + "/Revert", null),
            "The postmortem is not published."
        );
        AssertError(await page.Http.PutJsonAsync(url, new { Body = "" }), "Body is required.");
        AssertError(
            await page.Http.PutJsonAsync(url, new { Body = new string('x', 50_001) }),
            "Body must be at most 50000 characters."
        );

        var saved = await page.Http.PutJsonAsync(
            url,
            new { Body = "## Root cause\n\nThe **disk** filled up." }
        );
        Assert.Equal("""{"Success":true,"Message":"Postmortem saved successfully"}""", saved.Raw);
        var draft = await page.Http.GetEnvelopeAsync(url);
        Assert.Equal("Postmortem retrieved successfully", draft.Message);
        Assert.Equal(
            "## Root cause\n\nThe **disk** filled up.",
            draft.Result.GetProperty("Draft").GetString()
        );
        Assert.Equal(JsonValueKind.Null, draft.Result.GetProperty("Published").ValueKind);
        var anonymous = factory.CreateClient();
        var permalink = $"/status/{page.Slug}/incidents/{incident}";
        Assert.DoesNotContain("id=\"postmortem\"", await anonymous.GetHtmlAsync(permalink));

        factory.Time.Advance(TimeSpan.FromHours(1));
        var published = await page.Http.PostJsonAsync(url + "/Publish", new { IsNotify = true });
        Assert.Equal(
            """{"Success":true,"Message":"Postmortem published successfully"}""",
            published.Raw
        );
        var html = await anonymous.GetHtmlAsync(permalink);
        var postmortemAt = html.IndexOf("id=\"postmortem\"", StringComparison.Ordinal);
        Assert.True(
            postmortemAt > html.IndexOf("class=\"timeline\"", StringComparison.Ordinal),
            html
        );
        Assert.Contains("<strong>disk</strong>", html[postmortemAt..]);
        var json = await anonymous.GetEnvelopeAsync(
            $"/api/public/{page.Slug}/incidents/{incident}"
        );
        Assert.Equal("Postmortem", json.Result.GetProperty("Status").GetString());
        Assert.Equal(
            "## Root cause\n\nThe **disk** filled up.",
            json.Result.GetProperty("Postmortem").GetString()
        );
        Assert.Contains(
            "Root cause",
            await anonymous.GetStringAsync($"/status/{page.Slug}/history.atom", Ct)
        );
        var outbox = await factory.WithDbAsync(db =>
            db.OutboxMessages.Where(o => o.PageId == page.PageId)
                .Select(o => o.Payload)
                .ToListAsync(Ct)
        );
        Assert.Contains(
            outbox,
            p =>
                p.Contains("\"Notify\":true", StringComparison.Ordinal)
                && p.Contains("Root cause", StringComparison.Ordinal)
        );
        var both = await page.Http.GetEnvelopeAsync(url);
        Assert.Equal(
            both.Result.GetProperty("Draft").GetString(),
            both.Result.GetProperty("Published").GetString()
        );
        Assert.Equal(
            Now,
            both.Result.GetProperty("PublishedAt").GetDateTimeOffset(),
            TimeSpan.FromMilliseconds(1)
        );

        var reverted = await page.Http.PostJsonAsync(url + "/Revert", null);
        Assert.Equal(
            """{"Success":true,"Message":"Postmortem reverted successfully"}""",
            reverted.Raw
        );
        Assert.DoesNotContain("id=\"postmortem\"", await anonymous.GetHtmlAsync(permalink));
        var after = await anonymous.GetEnvelopeAsync(
            $"/api/public/{page.Slug}/incidents/{incident}"
        );
        Assert.Equal("Resolved", after.Result.GetProperty("Status").GetString());
        Assert.Equal(JsonValueKind.Null, after.Result.GetProperty("Postmortem").ValueKind);
        Assert.Equal(
            "## Root cause\n\nThe **disk** filled up.",
            (await page.Http.GetEnvelopeAsync(url)).Result.GetProperty("Draft").GetString()
        );
    }

    [Fact]
    public async Task Postmortem_OnUnknownIncident_AnswersNotFound()
    {
        var page = await factory.CreatePageClientAsync();
        var url = $"/api/admin/Incident/{Guid.NewGuid()}/Postmortem";

        var get = await page.Http.GetEnvelopeAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, get.Status);
        Assert.Equal("Incident ID not found.", get.Message);
        AssertError(
            await page.Http.PutJsonAsync(url, new { Body = "x" }),
            "Incident ID not found."
        );
        AssertError(
            await page.Http.PostJsonAsync(url + "/Publish", new { IsNotify = false }),
            "Incident ID not found."
        );
        AssertError(await page.Http.PostJsonAsync(url + "/Revert", null), "Incident ID not found.");
    }

    // ---------------------------------------------------------------- helpers

    private async Task<Guid> BackfillAsync(
        PageClient page,
        string impact,
        Guid component,
        DateTimeOffset from,
        DateTimeOffset to
    )
    {
        var answer = await page.Http.PostJsonAsync(
            "/api/admin/Incident/Backfill",
            new
            {
                Title = $"Backfilled {impact}",
                Impact = impact,
                AffectedComponents = new[] { component },
                StartedAt = from,
                ResolvedAt = to,
                Updates = new[]
                {
                    new
                    {
                        Status = "Investigating",
                        Description = "Imported.",
                        At = from,
                    },
                },
            }
        );
        Assert.True(answer.Success, answer.Raw);
        return answer.Result.GetGuid();
    }

    private static async Task<(Dictionary<DateOnly, string?> Days, double Uptime)> BarsAsync(
        HttpClient anonymous,
        string slug
    )
    {
        var components = await anonymous.GetEnvelopeAsync($"/api/public/{slug}/components");
        var component = components.Result[0];
        var days = component
            .GetProperty("Days")
            .EnumerateArray()
            .ToDictionary(
                d =>
                    DateOnly.Parse(
                        d.GetProperty("Date").GetString()!,
                        System.Globalization.CultureInfo.InvariantCulture
                    ),
                d => d.GetProperty("Status").GetString()
            );
        return (days, component.GetProperty("UptimePercent").GetDouble());
    }

    private static async Task<Guid> FirstUpdateIdAsync(PageClient page, Guid incident) =>
        (await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incident}"))
            .Result.GetProperty("Updates")[0]
            .GetProperty("Id")
            .GetGuid();

    private Task<int> AuditCountAsync(PageClient page) =>
        factory.WithDbAsync(db =>
            db.Set<AuditEntry>().CountAsync(a => a.PageId == page.PageId, Ct)
        );

    private static void AssertError(Envelope answer, string message)
    {
        Assert.True(
            answer.Status == HttpStatusCode.BadRequest,
            $"Expected 400, got {(int)answer.Status}: {answer.Raw}"
        );
        Assert.False(answer.Success);
        Assert.Equal(message, answer.Message);
    }
}
