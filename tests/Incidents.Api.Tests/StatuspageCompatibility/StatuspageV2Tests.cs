using System.Net;
using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;
using Incidents.Application.Pages.Commands.ChangePageTimeZone;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using static Incidents.Api.Tests.StatuspageCompatibility.StrictStatuspageDecoder;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>
/// The Statuspage-compatible public v2 JSON through the real pipeline: strict decoding of every
/// endpoint, key sets against real answers (Fixtures/), vocabularies, time zones, cache and HTTP
/// behaviour; per database provider by the derived classes.
/// </summary>
public abstract class StatuspageV2Tests
{
    public static readonly string[] Endpoints =
    [
        "summary.json",
        "status.json",
        "components.json",
        "incidents.json",
        "incidents/unresolved.json",
        "scheduled-maintenances.json",
        "scheduled-maintenances/upcoming.json",
        "scheduled-maintenances/active.json",
    ];

    private readonly FakeClockApiFactory factory;

    protected StatuspageV2Tests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string V2(PageClient page, string endpoint) =>
        $"/status/{page.Slug}/api/v2/{endpoint}";

    private async Task<string> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await factory.CreateClient().GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private DateTimeOffset TomorrowTen =>
        new DateTimeOffset(factory.Time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero)
            .AddDays(1)
            .AddHours(10);

    private static async Task<Guid> CreateMaintenanceAsync(
        PageClient page,
        string title,
        DateTimeOffset from,
        Guid[] components
    )
    {
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                Title = title,
                Description = "We will upgrade the database.",
                ScheduledFor = from,
                ScheduledUntil = from.AddHours(2),
                AffectedComponents = components,
                AutoStart = false,
                AutoComplete = false,
            }
        );
        Assert.True(created.Success, created.Raw);
        return created.Result.GetGuid();
    }

    private static async Task MoveMaintenanceAsync(PageClient page, Guid id, string status)
    {
        var moved = await page.Http.PutJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                MaintenanceId = id,
                Description = "Moving to " + status,
                Status = status,
            }
        );
        Assert.True(moved.Success, moved.Raw);
    }

    private static async Task PostUpdateAsync(PageClient page, Guid incident, string status)
    {
        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = incident,
                Description = "Now " + status,
                Status = status,
            }
        );
        Assert.True(updated.Success, updated.Raw);
    }

    private static async Task<Guid> CreateGroupedComponentAsync(
        PageClient page,
        string name,
        string group,
        int order,
        string status = "Operational"
    )
    {
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Component",
            new
            {
                Name = name,
                Group = group,
                DisplayOrder = order,
                Status = status,
            }
        );
        Assert.True(created.Success, created.Raw);
        return created.Result.GetGuid();
    }

    /// <summary>A page with every kind of object: groups, incidents in each state, maintenance in each state.</summary>
    private async Task<(
        PageClient Page,
        Guid Open,
        Guid Resolved,
        Guid Scheduled,
        Guid Active,
        Guid Completed,
        Guid Cancelled
    )> RichPageAsync()
    {
        var page = await factory.CreatePageClientAsync();
        var api = await CreateGroupedComponentAsync(page, "API", "Backend", 1);
        var db = await CreateGroupedComponentAsync(
            page,
            "Database",
            "Backend",
            2,
            "Degraded Performance"
        );
        var web = await page.Http.CreateComponentAsync("Website");
        var open = await page.Http.CreateIncidentAsync("API errors", "Partial Outage", api);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await PostUpdateAsync(page, open, "Identified");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var resolved = await page.Http.CreateIncidentAsync(
            "Website slow",
            "Degraded Performance",
            web
        );
        await PostUpdateAsync(page, resolved, "Monitoring");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var resolvedAnswer = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = resolved, Description = "Fixed." }
        );
        Assert.True(resolvedAnswer.Success, resolvedAnswer.Raw);
        var scheduled = await CreateMaintenanceAsync(
            page,
            "Upgrade later",
            TomorrowTen.AddDays(2),
            [db]
        );
        var active = await CreateMaintenanceAsync(page, "Upgrade now", TomorrowTen, [db]);
        await MoveMaintenanceAsync(page, active, "In Progress");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var completed = await CreateMaintenanceAsync(
            page,
            "Upgrade done",
            TomorrowTen.AddDays(1),
            [web]
        );
        await MoveMaintenanceAsync(page, completed, "In Progress");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await MoveMaintenanceAsync(page, completed, "Completed");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var cancelled = await CreateMaintenanceAsync(
            page,
            "Upgrade cancelled",
            TomorrowTen.AddDays(3),
            []
        );
        var cancelledAnswer = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance/Cancel",
            new { MaintenanceId = cancelled, Description = "Not needed." }
        );
        Assert.True(cancelledAnswer.Success, cancelledAnswer.Raw);
        return (page, open, resolved, scheduled, active, completed, cancelled);
    }

    [Fact]
    public async Task EveryEndpoint_DecodesStrictly_AndHasTheKeySetsOfRealAnswers()
    {
        var (page, open, resolved, scheduled, _, _, _) = await RichPageAsync();

        var summary = Decode<Summary>(await GetJsonAsync(V2(page, "summary.json")));
        var status = Decode<StatusAnswer>(await GetJsonAsync(V2(page, "status.json")));
        var components = Decode<ComponentsAnswer>(await GetJsonAsync(V2(page, "components.json")));
        var incidents = Decode<IncidentsAnswer>(await GetJsonAsync(V2(page, "incidents.json")));
        var unresolved = Decode<IncidentsAnswer>(
            await GetJsonAsync(V2(page, "incidents/unresolved.json"))
        );
        var all = Decode<MaintenancesAnswer>(
            await GetJsonAsync(V2(page, "scheduled-maintenances.json"))
        );
        var upcoming = Decode<MaintenancesAnswer>(
            await GetJsonAsync(V2(page, "scheduled-maintenances/upcoming.json"))
        );
        var active = Decode<MaintenancesAnswer>(
            await GetJsonAsync(V2(page, "scheduled-maintenances/active.json"))
        );
        var one = Decode<IncidentAnswer>(
            await GetJsonAsync(V2(page, $"incidents/{resolved}.json"))
        );
        var oneMaintenance = Decode<MaintenanceAnswer>(
            await GetJsonAsync(V2(page, $"incidents/{scheduled}.json"))
        );

        Assert.Equal(page.PageId.ToString(), summary.Page.Id);
        Assert.Equal("Etc/UTC", summary.Page.TimeZone);
        Assert.Equal(status.Status, summary.Status);
        Assert.Equal([open.ToString()], unresolved.Incidents.Select(i => i.Id));
        Assert.Equal([resolved.ToString(), open.ToString()], incidents.Incidents.Select(i => i.Id));
        Assert.Equal(IncidentStatus.Identified, unresolved.Incidents[0].Status);
        Assert.Equal(Impact.Major, unresolved.Incidents[0].Impact);
        Assert.Equal(
            [IncidentStatus.Resolved, IncidentStatus.Monitoring, IncidentStatus.Investigating],
            one.Incident.IncidentUpdates.Select(u => u.Status)
        );
        Assert.NotNull(one.Incident.MonitoringAt);
        Assert.NotNull(one.Incident.ResolvedAt);
        Assert.Equal(MaintenanceStatus.Scheduled, oneMaintenance.Incident.Status);
        Assert.Equal(
            [MaintenanceStatus.Scheduled, MaintenanceStatus.InProgress],
            summary.ScheduledMaintenances.Select(m => m.Status).Order()
        );
        Assert.Equal(
            [MaintenanceStatus.Scheduled],
            upcoming.ScheduledMaintenances.Select(m => m.Status)
        );
        Assert.Equal(
            [MaintenanceStatus.InProgress],
            active.ScheduledMaintenances.Select(m => m.Status)
        );
        Assert.Equal(3, all.ScheduledMaintenances.Count); // the cancelled one is left out
        Assert.All(all.ScheduledMaintenances, m => Assert.Equal(Impact.Maintenance, m.Impact));

        // Groups: a component with group true and its children's ids; children point back.
        var group = Assert.Single(components.Components, c => c.Group);
        Assert.Equal("Backend", group.Name);
        var children = components.Components.Where(c => c.GroupId == group.Id).ToList();
        Assert.Equal(children.Select(c => c.Id), group.Components);
        Assert.Equal(["API", "Database"], children.Select(c => c.Name));
        Assert.Equal([1, 2], children.Select(c => c.Position));
        Assert.Equal(ComponentStatus.PartialOutage, group.Status); // worst child (API, by the open incident)
        Assert.All(components.Components.Where(c => !c.Group), c => Assert.Null(c.Components));

        // Key sets equal those of real answers, object kind by kind.
        var ours = StatuspageKeySets.Collect([
            .. await Task.WhenAll(Endpoints.Select(e => GetJsonAsync(V2(page, e)))),
            await GetJsonAsync(V2(page, $"incidents/{resolved}.json")),
        ]);
        var real = StatuspageKeySets.Collect([
            .. Directory.GetFiles(FixturesFolder, "*.json").Select(File.ReadAllText),
        ]);
        foreach (var (kind, keys) in real)
        {
            if (kind == "affected component")
            {
                continue; // we write affected_components: null (see docs/statuspage-compatibility.md)
            }

            Assert.True(ours.ContainsKey(kind), $"No '{kind}' object in our answers.");
            Assert.True(
                keys.SetEquals(ours[kind]),
                $"{kind}: missing [{string.Join(", ", keys.Except(ours[kind]))}], extra [{string.Join(", ", ours[kind].Except(keys))}]"
            );
        }
    }

    private static string FixturesFolder =>
        Path.Combine(AppContext.BaseDirectory, "StatuspageCompatibility", "Fixtures");

    [Fact]
    public void RealAnswers_DecodeStrictly()
    {
        Decode<Summary>(File.ReadAllText(Path.Combine(FixturesFolder, "cloudflare-summary.json")));
        Decode<ComponentsAnswer>(
            File.ReadAllText(Path.Combine(FixturesFolder, "github-components.json"))
        );
        var incidents = Decode<IncidentsAnswer>(
            File.ReadAllText(Path.Combine(FixturesFolder, "github-incidents.json"))
        );
        Assert.NotEmpty(incidents.Incidents);
    }

    [Fact]
    public void StrictDecoder_RefusesWhatStrictConsumersRefuse()
    {
        const string Good =
            """{"page":{"id":"p","name":"n","url":"https://x","time_zone":"Etc/UTC","updated_at":"2026-01-01T00:00:00.000Z"},"status":{"indicator":"none","description":"All Systems Operational"}}""";
        Decode<StatusAnswer>(Good);
        Assert.ThrowsAny<JsonException>(() =>
            Decode<StatusAnswer>(Good.Replace("\"none\"", "\"ok\"", StringComparison.Ordinal))
        );
        Assert.ThrowsAny<JsonException>(() =>
            Decode<StatusAnswer>(Good.Replace(".000Z", "Z", StringComparison.Ordinal))
        );
        Assert.ThrowsAny<JsonException>(() =>
            Decode<StatusAnswer>(Good.Replace(".000Z", ".000", StringComparison.Ordinal))
        );
        Assert.ThrowsAny<JsonException>(() =>
            Decode<StatusAnswer>(
                Good.Replace("\"url\":\"https://x\",", "", StringComparison.Ordinal)
            )
        );
        Assert.ThrowsAny<JsonException>(() =>
            Decode<StatusAnswer>(
                Good.Replace("\"url\":\"https://x\"", "\"url\":null", StringComparison.Ordinal)
            )
        );
        Assert.ThrowsAny<JsonException>(() =>
            Decode<StatusAnswer>(
                Good.Replace("\"n\",", "\"n\",\"extra\":1,", StringComparison.Ordinal)
            )
        );
    }

    public static TheoryData<string, string, string> IndicatorCases =>
        new()
        {
            { "None", "none", "All Systems Operational" },
            { "Degraded Performance", "minor", "Minor Service Outage" },
            { "Partial Outage", "major", "Partial System Outage" },
            { "Major Outage", "critical", "Major System Outage" },
        };

    [Theory]
    [MemberData(nameof(IndicatorCases))]
    public async Task Status_FollowsTheImpactOfAnOpenIncident(
        string impact,
        string indicator,
        string description
    )
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateIncidentAsync("Something", impact);

        var status = Decode<StatusAnswer>(await GetJsonAsync(V2(page, "status.json")));

        Assert.Equal(Enum.Parse<Indicator>(indicator, ignoreCase: true), status.Status.Indicator);
        Assert.Equal(description, status.Status.Description);
    }

    [Fact]
    public async Task Status_MaintenanceInProgress_IsMaintenance()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database");
        var id = await CreateMaintenanceAsync(page, "Upgrade", TomorrowTen, [component]);
        await MoveMaintenanceAsync(page, id, "In Progress");

        var status = Decode<StatusAnswer>(await GetJsonAsync(V2(page, "status.json")));
        var components = Decode<ComponentsAnswer>(await GetJsonAsync(V2(page, "components.json")));

        Assert.Equal(Indicator.Maintenance, status.Status.Indicator);
        Assert.Equal("Service Under Maintenance", status.Status.Description);
        Assert.Equal(ComponentStatus.UnderMaintenance, components.Components[0].Status);
    }

    [Fact]
    public async Task Timestamps_AreInThePagesTimeZone()
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateIncidentAsync("Zoned");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope
                .ServiceProvider.GetRequiredService<IMediator>()
                .Send(new ChangePageTimeZoneCommand(page.Slug, "Europe/Berlin"), Ct);
        }

        var raw = await GetJsonAsync(V2(page, "incidents.json"));
        var incidents = Decode<IncidentsAnswer>(raw);

        Assert.Equal("Europe/Berlin", incidents.Page.TimeZone);
        // The fake clock is in June: Berlin is UTC+2; the instant is unchanged.
        Assert.Equal(TimeSpan.FromHours(2), incidents.Incidents[0].CreatedAt.Value.Offset);
        Assert.Contains("+02:00\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Z\"", raw, StringComparison.Ordinal);
        Assert.Equal(
            factory.Time.GetUtcNow(),
            incidents.Incidents[0].CreatedAt.Value,
            TimeSpan.FromSeconds(1)
        );
    }

    [Fact]
    public async Task Answers_AllowAnyOrigin_AnswerHead_AndRevalidateWithETag()
    {
        var page = await factory.CreatePageClientAsync();
        var client = factory.CreateClient();

        using var first = await client.GetAsync(V2(page, "summary.json"), Ct);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, V2(page, "summary.json"));
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional, Ct);
        using var head = await client.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, V2(page, "components.json")),
            Ct
        );

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("*", notModified.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("*", head.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task AWrite_EvictsTheCachedAnswer()
    {
        var page = await factory.CreatePageClientAsync();
        var before = Decode<Summary>(await GetJsonAsync(V2(page, "summary.json")));
        await page.Http.CreateIncidentAsync("Fresh outage");

        var after = Decode<Summary>(await GetJsonAsync(V2(page, "summary.json")));

        Assert.Empty(before.Incidents);
        Assert.Equal("Fresh outage", Assert.Single(after.Incidents).Name);
    }

    [Fact]
    public async Task IncidentsJson_ListsThe50MostRecent_NewestFirst()
    {
        var page = await factory.CreatePageClientAsync();
        for (var i = 0; i < 52; i++)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(1));
            await page.Http.CreateIncidentAsync($"Incident {i:00}", "None");
        }

        var incidents = Decode<IncidentsAnswer>(await GetJsonAsync(V2(page, "incidents.json")));

        Assert.Equal(50, incidents.Incidents.Count);
        Assert.Equal("Incident 51", incidents.Incidents[0].Name);
        Assert.Equal("Incident 02", incidents.Incidents[^1].Name);
    }

    [Fact]
    public async Task IncidentById_OfAnotherPageOrUnknown_Is404()
    {
        var a = await factory.CreatePageClientAsync();
        var b = await factory.CreatePageClientAsync();
        var ofB = await b.Http.CreateIncidentAsync("Only B's");

        await GetJsonAsync(V2(a, $"incidents/{ofB}.json"), HttpStatusCode.NotFound);
        await GetJsonAsync(V2(a, $"incidents/{Guid.NewGuid()}.json"), HttpStatusCode.NotFound);
        await GetJsonAsync(V2(a, "incidents/not-an-id.json"), HttpStatusCode.NotFound);
        await GetJsonAsync("/status/no-such-page/api/v2/summary.json", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PageHostname_ServesV2AtTheRoot_WithItsUrl()
    {
        var page = await factory.CreatePageClientAsync();
        var host = $"status-{Guid.NewGuid():N}.example.test";
        await page.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname = host });
        await page.Http.CreateComponentAsync("Hosted");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/components.json");
        request.Headers.Host = host;
        using var response = await factory.CreateClient().SendAsync(request, Ct);
        var components = Decode<ComponentsAnswer>(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(page.PageId.ToString(), components.Page.Id);
        Assert.Equal("https://" + host, components.Page.Url);
        Assert.Equal("Hosted", Assert.Single(components.Components).Name);
    }

    [Fact]
    public async Task DefaultPage_IsServedAtTheRoot()
    {
        var summary = Decode<Summary>(await GetJsonAsync("/api/v2/summary.json"));

        Assert.NotEmpty(summary.Page.Id);
    }
}
