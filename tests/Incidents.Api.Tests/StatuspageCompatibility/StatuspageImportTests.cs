using System.Net;
using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>
/// POST /api/admin/Import/Statuspage with real Statuspage answers (Fixtures/: GitHub's verbatim,
/// Cloudflare's summary) and with the Manage API's lists (our own, exported from another page):
/// components and groups created, past incidents backfilled at their original times (on the page,
/// in history), a second run changes nothing; per database provider by the derived classes.
/// </summary>
public abstract class StatuspageImportTests
{
    private const string Route = "/api/admin/Import/Statuspage";
    private readonly FakeClockApiFactory factory;

    protected StatuspageImportTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Fixture(string name) =>
        JsonDocument
            .Parse(
                File.ReadAllText(
                    Path.Combine(
                        AppContext.BaseDirectory,
                        "StatuspageCompatibility",
                        "Fixtures",
                        name
                    )
                )
            )
            .RootElement.Clone();

    private static List<(string Kind, string OriginalId, string? Reason)> Items(
        Envelope answer,
        string outcome
    ) =>
        [
            .. answer
                .Result.GetProperty(outcome)
                .EnumerateArray()
                .Select(i =>
                    (
                        i.GetProperty("Kind").GetString()!,
                        i.GetProperty("OriginalId").GetString()!,
                        i.GetProperty("Reason").GetString()
                    )
                ),
        ];

    [Fact]
    public async Task GitHubsRealAnswers_BecomeComponentsAndHistory_AndASecondRunChangesNothing()
    {
        var page = await factory.CreatePageClientAsync();
        var body = new
        {
            Components = Fixture("github-components.json"),
            Incidents = Fixture("github-incidents.json"),
        };

        var first = await page.Http.PostJsonAsync(Route, body);
        var auditAfterFirst = (await page.Http.GetEnvelopeAsync("/api/admin/Audit"))
            .Result.GetProperty("Items")
            .GetArrayLength();
        var second = await page.Http.PostJsonAsync(Route, body);
        var auditAfterSecond = (await page.Http.GetEnvelopeAsync("/api/admin/Audit"))
            .Result.GetProperty("Items")
            .GetArrayLength();
        var components = await page.Http.GetEnvelopeAsync("/api/admin/Component");
        var incidents = await page.Http.GetEnvelopeAsync("/api/admin/Incident?status=all");
        using var anonymous = factory.CreateClient();
        var v2 = JsonDocument
            .Parse(await anonymous.GetStringAsync($"/status/{page.Slug}/api/v2/incidents.json", Ct))
            .RootElement;
        var history = await anonymous.GetStringAsync(
            $"/status/{page.Slug}/history?month=2024-09",
            Ct
        );

        Assert.True(first.Success, first.Raw);
        Assert.Equal("Import finished: 6 created, 0 skipped, 0 refused", first.Message);
        // The components file's two, and the two that only the incidents name (Actions, Pages).
        Assert.Equal(
            ["8l4ygp009s5s", "4230lsnqdsld", "br0l2tvcx85d", "vg70hn9s2tyj"],
            Items(first, "Created").Where(i => i.Kind == "Component").Select(i => i.OriginalId)
        );
        Assert.Equal(
            ["69sb0f8lydp4", "r3x7x31k7nn1"],
            Items(first, "Created").Where(i => i.Kind == "Incident").Select(i => i.OriginalId)
        );
        Assert.True(second.Success, second.Raw);
        Assert.Equal("Import finished: 0 created, 6 skipped, 0 refused", second.Message);
        Assert.Equal(auditAfterFirst, auditAfterSecond);
        Assert.Equal(4, components.Result.GetArrayLength());
        Assert.Equal(2, incidents.Result.GetProperty("TotalCount").GetInt32());

        var imported = v2.GetProperty("incidents")
            .EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "Incident with Pages and Actions");
        Assert.Equal("resolved", imported.GetProperty("status").GetString());
        Assert.Equal("major", imported.GetProperty("impact").GetString());
        // Original times: started_at and the timeline as Statuspage showed them.
        Assert.Equal("2024-09-16T21:31:02.713Z", imported.GetProperty("created_at").GetString());
        Assert.Equal("2024-09-16T22:08:39.333Z", imported.GetProperty("resolved_at").GetString());
        var updates = imported.GetProperty("incident_updates");
        Assert.Equal(2, updates.GetArrayLength());
        Assert.Equal("2024-09-16T22:08:39.333Z", updates[0].GetProperty("display_at").GetString());
        Assert.Equal(
            "We are investigating reports of degraded performance for Actions and Pages",
            updates[1].GetProperty("body").GetString()
        );
        Assert.False(updates[1].GetProperty("deliver_notifications").GetBoolean());
        Assert.Equal(
            ["Actions", "Pages"],
            imported
                .GetProperty("components")
                .EnumerateArray()
                .Select(c => c.GetProperty("name").GetString())
                .Order()
        );
        Assert.Contains("Disruption with Git SSH", history, StringComparison.Ordinal);
        var sshId = first
            .Result.GetProperty("Created")
            .EnumerateArray()
            .First(i => i.GetProperty("OriginalId").GetString() == "r3x7x31k7nn1")
            .GetProperty("Id")
            .GetString();
        var admin = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{sshId}");
        Assert.True(admin.Result.GetProperty("Backfilled").GetBoolean());
        Assert.Equal("statuspage:r3x7x31k7nn1", admin.Result.GetProperty("ExternalId").GetString());
    }

    [Fact]
    public async Task Summary_WithAGroup_CreatesTheGroup_AndRefusesWhatIsNotHistory()
    {
        var page = await factory.CreatePageClientAsync();
        var summary = Fixture("cloudflare-summary.json");
        // Its incident is of 2026-08-05: history only once it is past.
        if (factory.Time.GetUtcNow() < new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero))
        {
            factory.Time.SetUtcNow(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
        }

        var answer = await page.Http.PostJsonAsync(
            Route,
            new { Components = summary, Incidents = summary }
        );
        var child = (await page.Http.GetEnvelopeAsync("/api/admin/Component"))
            .Result.EnumerateArray()
            .Single(c => c.GetProperty("Name").GetString() == "Arica, Chile - (ARI)");

        Assert.True(answer.Success, answer.Raw);
        Assert.Contains(("Group", "91blz4ztt7dm", null), Items(answer, "Created"));
        Assert.Contains(("Component", "2htqrtyxmmtr", null), Items(answer, "Created"));
        Assert.Equal("Latin America & the Caribbean", child.GetProperty("Group").GetString());
        Assert.Contains(("Incident", "3wbkwvf5ypbk", (string?)null), Items(answer, "Created"));
        var maintenance = Assert.Single(Items(answer, "Refused"));
        Assert.Equal("placeholder01", maintenance.OriginalId);
        Assert.StartsWith("A scheduled maintenance", maintenance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManageApiLists_FromAnotherPage_ImportTheirComponentsGroupsAndPastIncidents()
    {
        var source = await factory.CreatePageClientAsync();
        var target = await factory.CreatePageClientAsync();
        var api = await source.Http.CreateComponentAsync("API");
        var web = await source.Http.PostJsonAsync(
            "/api/admin/Component",
            new { Name = "Website", Group = "Frontend" }
        );
        var past = await source.Http.CreateIncidentAsync("Slow API", "Partial Outage", api);
        factory.Time.Advance(TimeSpan.FromMinutes(30));
        await source.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = past,
                Description = "Fixed.",
                Status = "Resolved",
            }
        );
        var open = await source.Http.CreateIncidentAsync("Still burning", "Major Outage", api);
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        using var manage = factory.CreateClient();
        manage.DefaultRequestHeaders.TryAddWithoutValidation(
            "Authorization",
            $"OAuth {source.Key}"
        );
        var components = JsonDocument
            .Parse(await manage.GetStringAsync($"/v1/pages/{source.PageId}/components", Ct))
            .RootElement.Clone();
        var incidents = JsonDocument
            .Parse(await manage.GetStringAsync($"/v1/pages/{source.PageId}/incidents", Ct))
            .RootElement.Clone();

        var answer = await target.Http.PostJsonAsync(
            Route,
            new { Components = components, Incidents = incidents }
        );
        var imported = await target.Http.GetEnvelopeAsync("/api/admin/Incident?status=all");
        var targetComponents = await target.Http.GetEnvelopeAsync("/api/admin/Component");

        Assert.True(web.Success, web.Raw);
        Assert.True(answer.Success, answer.Raw);
        Assert.Equal("Import finished: 4 created, 0 skipped, 1 refused", answer.Message);
        Assert.Contains(
            ("Group", StatuspageGroupIdOf(components, "Frontend"), (string?)null),
            Items(answer, "Created")
        );
        var refused = Assert.Single(Items(answer, "Refused"));
        Assert.Equal(open.ToString(), refused.OriginalId);
        Assert.StartsWith("Still open", refused.Reason, StringComparison.Ordinal);
        var item = Assert.Single(imported.Result.GetProperty("Items").EnumerateArray());
        Assert.Equal("Slow API", item.GetProperty("Title").GetString());
        Assert.Equal("Resolved", item.GetProperty("Status").GetString());
        Assert.Equal(
            ["API", "Website"],
            targetComponents
                .Result.EnumerateArray()
                .Select(c => c.GetProperty("Name").GetString())
                .Order()
        );
        // Components of the target page keep their own status: nothing open was imported.
        Assert.All(
            targetComponents.Result.EnumerateArray(),
            c => Assert.Equal("Operational", c.GetProperty("Status").GetString())
        );
    }

    private static string StatuspageGroupIdOf(JsonElement components, string name) =>
        components
            .EnumerateArray()
            .First(c =>
                c.GetProperty("group").GetBoolean() && c.GetProperty("name").GetString() == name
            )
            .GetProperty("id")
            .GetString()!;

    [Fact]
    public async Task BadInput_IsRefusedWithTheReason_AndWritesNothing_AndNeedsAnAdminKey()
    {
        var page = await factory.CreatePageClientAsync();
        var writer = await page.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "writer", Role = "Write" }
        );
        using var writeClient = factory.CreateClient();
        writeClient.DefaultRequestHeaders.Add(
            "X-API-KEY",
            writer.Result.GetProperty("Key").GetString()
        );
        var incidents = JsonDocument
            .Parse(
                """{"incidents":[{"id":"x1","name":"No times","status":"resolved","components":[{"id":"c1","name":"Made too early"}]}]}"""
            )
            .RootElement;

        var notAList = await page.Http.PostJsonAsync(Route, new { Components = 42 });
        var noTimes = await page.Http.PostJsonAsync(Route, new { Incidents = incidents });
        var empty = await page.Http.PostJsonAsync(Route, new { });
        var forbidden = await writeClient.PostJsonAsync(
            Route,
            new { Components = Fixture("github-components.json") }
        );
        var components = await page.Http.GetEnvelopeAsync("/api/admin/Component");

        Assert.Equal(HttpStatusCode.BadRequest, notAList.Status);
        Assert.StartsWith(
            "Components must be Statuspage's components.json",
            notAList.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.BadRequest, noTimes.Status);
        Assert.Equal("Incident x1: created_at is required.", noTimes.Message);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("Give Components, Incidents or both.", empty.Message);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal(0, components.Result.GetArrayLength());
    }
}
