using System.Net;
using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Audit;
using Incidents.Domain.Maintenances;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Maintenances;

/// <summary>The admin Maintenance API, run once per database provider by the derived classes.</summary>
public abstract class MaintenanceApiTests
{
    private const string Url = "/api/admin/Maintenance";

    protected MaintenanceApiTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    /// <summary>Far enough ahead that the scheduler of the test host never touches it.</summary>
    private static DateTimeOffset Tomorrow => DateTimeOffset.UtcNow.AddDays(1);

    private static object Body(
        DateTimeOffset? scheduledFor = null,
        DateTimeOffset? scheduledUntil = null,
        Guid[]? components = null,
        object? recurrence = null
    )
    {
        var start = scheduledFor ?? Tomorrow;
        return new
        {
            Title = "Database upgrade",
            Description = "We will upgrade the **primary** database.",
            ScheduledFor = start,
            ScheduledUntil = scheduledUntil ?? start.AddHours(2),
            AffectedComponents = components ?? [],
            Recurrence = recurrence,
        };
    }

    private static async Task<Guid> CreateAsync(PageClient page, object body)
    {
        var created = await page.Http.PostJsonAsync(Url, body);
        Assert.True(created.Success, created.Raw);
        return created.Result.GetGuid();
    }

    private static async Task<JsonElement> GetAsync(PageClient page, Guid id)
    {
        var got = await page.Http.GetEnvelopeAsync($"{Url}/{id}");
        Assert.Equal(HttpStatusCode.OK, got.Status);
        return got.Result;
    }

    private static async Task<string> ComponentStatusAsync(PageClient page, Guid component) =>
        (await page.Http.GetEnvelopeAsync($"/api/admin/Component/{component}"))
            .Result.GetProperty("Status")
            .GetString()!;

    [Fact]
    public async Task Create_WhenValid_AnswersIdAndTheMaintenanceIsScheduledWithDefaults()
    {
        var page = await Factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database");
        // Sent with an offset (PostgreSQL stores UTC only): answered in UTC.
        var start = Tomorrow.ToOffset(TimeSpan.FromHours(2));

        var created = await page.Http.PostJsonAsync(Url, Body(start, components: [component]));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("Maintenance scheduled successfully", created.Message);
        var maintenance = await GetAsync(page, created.Result.GetGuid());
        Assert.Equal("Scheduled", maintenance.GetProperty("Status").GetString());
        Assert.True(maintenance.GetProperty("AutoStart").GetBoolean());
        Assert.True(maintenance.GetProperty("AutoComplete").GetBoolean());
        Assert.True(maintenance.GetProperty("IsNotify").GetBoolean());
        var scheduledFor = maintenance.GetProperty("ScheduledFor").GetDateTimeOffset();
        Assert.Equal(start.ToUnixTimeSeconds(), scheduledFor.ToUnixTimeSeconds());
        Assert.Equal(TimeSpan.Zero, scheduledFor.Offset);
        Assert.Equal(component, maintenance.GetProperty("AffectedComponents")[0].GetGuid());
        var update = Assert.Single(maintenance.GetProperty("Updates").EnumerateArray());
        Assert.Equal(
            "We will upgrade the **primary** database.",
            update.GetProperty("Description").GetString()
        );
        Assert.Equal("Operational", await ComponentStatusAsync(page, component));
    }

    public static TheoryData<string, string> InvalidCreates() =>
        new()
        {
            {
                """{"Description":"d","ScheduledFor":"2030-01-01T10:00:00+01:00","ScheduledUntil":"2030-01-01T12:00:00+01:00"}""",
                "Title is required."
            },
            {
                """{"Title":"t","ScheduledFor":"2030-01-01T10:00:00Z","ScheduledUntil":"2030-01-01T12:00:00Z"}""",
                "Description is required."
            },
            {
                """{"Title":"t","Description":"d","ScheduledUntil":"2030-01-01T12:00:00Z"}""",
                "ScheduledFor is required."
            },
            {
                """{"Title":"t","Description":"d","ScheduledFor":"2030-01-01T12:00:00Z"}""",
                "ScheduledUntil is required."
            },
            {
                """{"Title":"t","Description":"d","ScheduledFor":"2030-01-01T12:00:00Z","ScheduledUntil":"2030-01-01T12:00:00Z"}""",
                "ScheduledUntil must be after ScheduledFor."
            },
            {
                """{"Title":"t","Description":"d","ScheduledFor":"2020-01-01T10:00:00Z","ScheduledUntil":"2020-01-01T12:00:00Z"}""",
                "ScheduledUntil must be in the future."
            },
            {
                """{"Title":"t","Description":"d","ScheduledFor":"2030-01-01T10:00:00Z","ScheduledUntil":"2030-01-01T12:00:00Z","RemindBeforeMinutes":4}""",
                "RemindBeforeMinutes must be between 5 and 10080."
            },
            {
                """{"Title":"t","Description":"d","ScheduledFor":"2030-01-01T10:00:00Z","ScheduledUntil":"2030-01-01T12:00:00Z","Recurrence":{"Rule":"FREQ=WEEKLY","TimeZone":"Mars/Olympus"}}""",
                "Recurrence.TimeZone must be an IANA time zone."
            },
            {
                """{"Title":"t","Description":"d","ScheduledFor":"2030-01-01T10:00:00Z","ScheduledUntil":"2030-01-01T12:00:00Z","Recurrence":{"Rule":"FREQ=HOURLY","TimeZone":"UTC"}}""",
                "Recurrence occurrences must not overlap: the rule repeats before the window ends."
            },
        };

    [Theory]
    [MemberData(nameof(InvalidCreates))]
    public async Task Create_WhenInvalid_Answers400WithTheMessageAndWritesNothing(
        string body,
        string message
    )
    {
        var page = await Factory.CreatePageClientAsync();

        var refused = await page.Http.PostJsonAsync(Url, body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(message, refused.Message);
        Assert.Equal(
            0,
            await Factory.WithDbAsync(db =>
                db.Maintenances.CountAsync(
                    m => m.PageId == page.PageId,
                    TestContext.Current.CancellationToken
                )
            )
        );
    }

    [Fact]
    public async Task Create_WhenTheWindowHasBegun_StartsAtOncePuttingComponentsUnderMaintenance()
    {
        var page = await Factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database");

        var id = await CreateAsync(
            page,
            Body(
                DateTimeOffset.UtcNow.AddMinutes(-5),
                DateTimeOffset.UtcNow.AddHours(1),
                [component]
            )
        );

        var maintenance = await GetAsync(page, id);
        Assert.Equal("In Progress", maintenance.GetProperty("Status").GetString());
        Assert.Equal(
            Maintenance.StartedDescription,
            maintenance.GetProperty("Updates")[0].GetProperty("Description").GetString()
        );
        Assert.Equal("Under Maintenance", await ComponentStatusAsync(page, component));
    }

    [Fact]
    public async Task Update_ThroughTheStates_ComponentStatusFollowsWithIncidentPrecedence()
    {
        var page = await Factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database");
        var id = await CreateAsync(page, Body(components: [component]));

        var started = await page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = id,
                Description = "Starting now.",
                Status = "in_progress",
            }
        );
        Assert.Equal(
            """{"Success":true,"Message":"Maintenance updated successfully"}""",
            started.Raw
        );
        Assert.Equal("Under Maintenance", await ComponentStatusAsync(page, component));

        var incident = await page.Http.CreateIncidentAsync("Outage", "Major Outage", component);
        Assert.Equal("Major Outage", await ComponentStatusAsync(page, component));

        var resolved = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incident }
        );
        Assert.True(resolved.Success, resolved.Raw);
        Assert.Equal("Under Maintenance", await ComponentStatusAsync(page, component));

        var completed = await page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = id,
                Description = "All done.",
                Status = "Completed",
            }
        );
        Assert.True(completed.Success, completed.Raw);
        Assert.Equal("Operational", await ComponentStatusAsync(page, component));
        var maintenance = await GetAsync(page, id);
        Assert.Equal("Completed", maintenance.GetProperty("Status").GetString());
        Assert.Equal(
            ["Completed", "In Progress", "Scheduled"],
            maintenance
                .GetProperty("Updates")
                .EnumerateArray()
                .Select(u => u.GetProperty("Status").GetString())
        );
    }

    [Fact]
    public async Task Update_WhenCompletedOrBackwardsOrUnknownStatus_Answers400()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await CreateAsync(page, Body());
        await page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = id,
                Description = "Go.",
                Status = "Verifying",
            }
        );

        var backwards = await page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = id,
                Description = "Back.",
                Status = "In Progress",
            }
        );
        var unknown = await page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = id,
                Description = "?",
                Status = "Cancelled",
            }
        );
        await page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = id,
                Description = "Done.",
                Status = "Completed",
            }
        );
        var afterCompletion = await page.Http.PutJsonAsync(
            Url,
            new { MaintenanceId = id, Description = "Again." }
        );

        Assert.Equal(HttpStatusCode.BadRequest, backwards.Status);
        Assert.Equal(
            "Maintenance cannot go back from Verifying to In Progress.",
            backwards.Message
        );
        Assert.Equal(
            "Status must be one of: Scheduled, In Progress, Verifying, Completed.",
            unknown.Message
        );
        Assert.Equal("Maintenance already completed.", afterCompletion.Message);
    }

    [Fact]
    public async Task Update_WithANewWindow_Reschedules()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await CreateAsync(page, Body());
        var later = Tomorrow.AddDays(2);

        var moved = await page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = id,
                Description = "Moved by two days.",
                ScheduledFor = later,
                ScheduledUntil = later.AddHours(3),
            }
        );

        Assert.True(moved.Success, moved.Raw);
        var maintenance = await GetAsync(page, id);
        Assert.Equal(
            later.ToUnixTimeSeconds(),
            maintenance.GetProperty("ScheduledFor").GetDateTimeOffset().ToUnixTimeSeconds()
        );
        Assert.Equal(
            1,
            await Factory.WithDbAsync(db =>
                db.OutboxMessages.CountAsync(
                    o => o.PageId == page.PageId && o.Type == nameof(MaintenanceRescheduled),
                    TestContext.Current.CancellationToken
                )
            )
        );
    }

    [Fact]
    public async Task Cancel_OnlyFromScheduled_WithTheIssueMessages()
    {
        var page = await Factory.CreatePageClientAsync();
        var scheduled = await CreateAsync(page, Body());
        var started = await CreateAsync(page, Body());
        await page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = started,
                Description = "Go.",
                Status = "In Progress",
            }
        );

        var cancelled = await page.Http.PostJsonAsync(
            $"{Url}/Cancel",
            new { MaintenanceId = scheduled }
        );
        var again = await page.Http.PostJsonAsync(
            $"{Url}/Cancel",
            new { MaintenanceId = scheduled }
        );
        var running = await page.Http.PostJsonAsync(
            $"{Url}/Cancel",
            new { MaintenanceId = started }
        );

        Assert.Equal(
            """{"Success":true,"Message":"Maintenance cancelled successfully"}""",
            cancelled.Raw
        );
        Assert.Equal(
            "Cancelled",
            (await GetAsync(page, scheduled)).GetProperty("Status").GetString()
        );
        Assert.Equal("Maintenance already cancelled.", again.Message);
        Assert.Equal("Only a scheduled maintenance can be cancelled.", running.Message);
    }

    [Fact]
    public async Task AnotherPagesMaintenance_IsNotFoundEverywhere()
    {
        var owner = await Factory.CreatePageClientAsync();
        var other = await Factory.CreatePageClientAsync();
        var id = await CreateAsync(owner, Body());

        var get = await other.Http.GetEnvelopeAsync($"{Url}/{id}");
        var put = await other.Http.PutJsonAsync(Url, new { MaintenanceId = id, Description = "x" });
        var cancel = await other.Http.PostJsonAsync($"{Url}/Cancel", new { MaintenanceId = id });
        var series = await other.Http.DeleteEnvelopeAsync($"{Url}/{id}/Series");
        var list = await other.Http.GetEnvelopeAsync(Url);

        Assert.All(
            [get, series],
            e =>
            {
                Assert.Equal(HttpStatusCode.NotFound, e.Status);
                Assert.Equal("Maintenance ID not found.", e.Message);
            }
        );
        Assert.All(
            [put, cancel],
            e =>
            {
                Assert.Equal(HttpStatusCode.BadRequest, e.Status);
                Assert.Equal("Maintenance ID not found.", e.Message);
            }
        );
        Assert.Equal(0, list.Result.GetProperty("TotalCount").GetInt32());
        Assert.Equal("Scheduled", (await GetAsync(owner, id)).GetProperty("Status").GetString());
    }

    [Fact]
    public async Task List_ByStatus_FiltersAndRefusesUnknownWords()
    {
        var page = await Factory.CreatePageClientAsync();
        var upcoming = await CreateAsync(page, Body());
        var active = await CreateAsync(
            page,
            Body(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1))
        );
        var cancelled = await CreateAsync(page, Body());
        await page.Http.PostJsonAsync($"{Url}/Cancel", new { MaintenanceId = cancelled });

        async Task<Guid[]> Ids(string status) =>
            (await page.Http.GetEnvelopeAsync($"{Url}?status={status}"))
                .Result.GetProperty("Items")
                .EnumerateArray()
                .Select(i => i.GetProperty("Id").GetGuid())
                .ToArray();

        Assert.Equal([upcoming], await Ids("upcoming"));
        Assert.Equal([active], await Ids("ACTIVE"));
        Assert.Equal([cancelled], await Ids("cancelled"));
        Assert.Empty(await Ids("completed"));
        Assert.Equal(3, (await Ids("all")).Length);
        var refused = await page.Http.GetEnvelopeAsync($"{Url}?status=soon");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(
            "Status must be one of: upcoming, active, completed, cancelled, all.",
            refused.Message
        );
        var badPage = await page.Http.GetEnvelopeAsync($"{Url}?page=0");
        Assert.Equal("Page must be at least 1.", badPage.Message);
    }

    [Fact]
    public async Task Series_CancellingAnOccurrenceKeepsTheSeriesAndDeleteSeriesEndsIt()
    {
        var page = await Factory.CreatePageClientAsync();
        var first = await CreateAsync(
            page,
            Body(recurrence: new { Rule = "FREQ=WEEKLY", TimeZone = "Europe/Berlin" })
        );
        var seriesId = (await GetAsync(page, first)).GetProperty("SeriesId").GetGuid();

        await page.Http.PostJsonAsync($"{Url}/Cancel", new { MaintenanceId = first });
        var upcoming = (await page.Http.GetEnvelopeAsync($"{Url}?status=upcoming"))
            .Result.GetProperty("Items")
            .EnumerateArray()
            .ToList();
        var next = Assert.Single(upcoming);
        Assert.Equal(seriesId, next.GetProperty("SeriesId").GetGuid());
        Assert.Equal(
            (await GetAsync(page, first))
                .GetProperty("ScheduledFor")
                .GetDateTimeOffset()
                .AddDays(7),
            next.GetProperty("ScheduledFor").GetDateTimeOffset()
        );

        var ended = await page.Http.DeleteEnvelopeAsync($"{Url}/{first}/Series");
        var again = await page.Http.DeleteEnvelopeAsync($"{Url}/{first}/Series");

        Assert.Equal(
            """{"Success":true,"Message":"Maintenance series ended successfully"}""",
            ended.Raw
        );
        Assert.Equal(
            "Cancelled",
            (await GetAsync(page, next.GetProperty("Id").GetGuid()))
                .GetProperty("Status")
                .GetString()
        );
        Assert.Equal("Maintenance series already ended.", again.Message);
    }

    [Fact]
    public async Task EndSeries_OfAOneOffMaintenance_Answers400()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await CreateAsync(page, Body());

        var refused = await page.Http.DeleteEnvelopeAsync($"{Url}/{id}/Series");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Maintenance is not part of a series.", refused.Message);
    }

    [Fact]
    public async Task Create_WithTheSameIdempotencyKey_IsReplayedNotScheduledTwice()
    {
        var page = await Factory.CreatePageClientAsync();
        var body = System.Text.Json.JsonSerializer.Serialize(Body());
        var key = Guid.NewGuid().ToString("N");

        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Url)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await page.Http.SendAsync(request, TestContext.Current.CancellationToken);
        }

        using var first = await SendAsync();
        using var second = await SendAsync();

        Assert.Equal(
            await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)
        );
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(
            1,
            await Factory.WithDbAsync(db =>
                db.Maintenances.CountAsync(
                    m => m.PageId == page.PageId,
                    TestContext.Current.CancellationToken
                )
            )
        );
    }

    [Fact]
    public async Task Create_IsAuditedAgainstTheKeyAndTheMaintenance()
    {
        var page = await Factory.CreatePageClientAsync();

        var id = await CreateAsync(page, Body());

        var entry = await Factory.WithDbAsync(db =>
            db.Set<AuditEntry>()
                .SingleAsync(
                    a => a.PageId == page.PageId && a.TargetId == id,
                    TestContext.Current.CancellationToken
                )
        );
        Assert.Equal("CreateMaintenance", entry.Action);
        Assert.NotNull(entry.ApiKeyId);
    }
}
