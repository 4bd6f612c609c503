using System.Net;
using System.Text;
using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Admin;

/// <summary>
/// The admin API contract (the seed document, to the letter), run once per database provider by
/// the derived classes, so SQLite, PostgreSQL and SQL Server are held to the same behaviour.
/// </summary>
public abstract class AdminApiTests
{
    private const string SeedComponentId = "3fa85f64-5717-4562-b3fc-2c963f66afa0";

    protected AdminApiTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    [Fact]
    public async Task Create_WithSeedExample_ReturnsIdAndSeedMessage()
    {
        var page = await Factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database");
        var body = $$"""
            {
            "Title": "Database Connectivity Issues",
            "Description": "We are investigating reports of database timeouts.",
            "Status": "Investigating",
            "Impact": "Major Outage",
            "AffectedComponents": ["{{component}}"],
            "IsNotify": true
            }
            """;

        var created = await page.Http.PostJsonAsync("/api/admin/Incident", body);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.True(created.Success);
        Assert.True(Guid.TryParse(created.Result.GetString(), out _));
        Assert.Equal("Incident created successfully", created.Message);
        Assert.Equal(
            ["Success", "Result", "Message"],
            created.Root.EnumerateObject().Select(p => p.Name)
        );
    }

    [Fact]
    public async Task Update_WithSeedExample_ReturnsExactlyTheSeedBody()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await page.Http.CreateIncidentAsync();

        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            $$"""
            {
            "IncidentId": "{{id}}",
            "Description": "We have identified the root cause and are applying a fix.",
            "Status": "Identified"
            }
            """
        );

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("""{"Success":true,"Message":"Incident updated successfully"}""", updated.Raw);
        var incident = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal("Identified", incident.Result.GetProperty("Status").GetString());
        var latest = incident.Result.GetProperty("Updates")[0];
        Assert.Equal(
            "We have identified the root cause and are applying a fix.",
            latest.GetProperty("Description").GetString()
        );
        Assert.Equal(2, incident.Result.GetProperty("Updates").GetArrayLength());
    }

    [Fact]
    public async Task Resolve_WithSeedExample_ReturnsExactlyTheSeedBody()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await page.Http.CreateIncidentAsync();

        var resolved = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            $$"""{"IncidentId": "{{id}}"}"""
        );

        Assert.Equal(HttpStatusCode.OK, resolved.Status);
        Assert.Equal(
            """{"Success":true,"Message":"Incident resolved successfully"}""",
            resolved.Raw
        );
        var incident = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal("Resolved", incident.Result.GetProperty("Status").GetString());
        Assert.NotEqual(JsonValueKind.Null, incident.Result.GetProperty("ResolvedAt").ValueKind);
        var latest = incident.Result.GetProperty("Updates")[0];
        Assert.Equal(
            "This incident has been resolved.",
            latest.GetProperty("Description").GetString()
        );
        Assert.Equal("Resolved", latest.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Resolve_WhenAlreadyResolved_Returns400AlreadyResolved()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await page.Http.CreateIncidentAsync();
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = id }
        );

        var again = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = id }
        );
        var update = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new { IncidentId = id, Description = "more" }
        );

        AssertError(again, HttpStatusCode.BadRequest, "Incident already resolved.");
        AssertError(update, HttpStatusCode.BadRequest, "Incident already resolved.");
        var incident = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal(2, incident.Result.GetProperty("Updates").GetArrayLength());
    }

    [Fact]
    public async Task Update_WithStatusResolved_ResolvesWithOneEntryCarryingTheDescription()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await page.Http.CreateIncidentAsync();

        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = id,
                Description = "Fixed by failover.",
                Status = "resolved",
            }
        );

        Assert.True(updated.Success, updated.Raw);
        var incident = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        var updates = incident.Result.GetProperty("Updates");
        Assert.Equal(2, updates.GetArrayLength());
        Assert.Equal("Resolved", updates[0].GetProperty("Status").GetString());
        Assert.Equal("Fixed by failover.", updates[0].GetProperty("Description").GetString());
    }

    [Fact]
    public async Task UpdateAndResolve_WithUnknownId_Return400IncidentIdNotFound()
    {
        var page = await Factory.CreatePageClientAsync();
        var unknown = Guid.NewGuid();

        var update = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = unknown,
                Description = "x",
                Status = "Identified",
            }
        );
        var resolve = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = unknown }
        );

        AssertError(update, HttpStatusCode.BadRequest, "Incident ID not found.");
        AssertError(resolve, HttpStatusCode.BadRequest, "Incident ID not found.");
    }

    [Fact]
    public async Task Get_WithUnknownId_Returns404Envelope()
    {
        var page = await Factory.CreatePageClientAsync();

        var incident = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{Guid.NewGuid()}");
        var component = await page.Http.GetEnvelopeAsync($"/api/admin/Component/{Guid.NewGuid()}");

        AssertError(incident, HttpStatusCode.NotFound, "Incident ID not found.");
        Assert.Equal(HttpStatusCode.NotFound, component.Status);
        Assert.False(component.Success);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-that-does-not-exist")]
    public async Task AdminEndpoints_WithoutValidKey_Return401(string? key)
    {
        var client = Factory.CreateClientWithKey(key);

        var create = await client.PostJsonAsync(
            "/api/admin/Incident",
            new { Title = "t", Description = "d" }
        );
        var list = await client.GetEnvelopeAsync("/api/admin/Incident");

        AssertError(create, HttpStatusCode.Unauthorized, "Invalid or missing API key.");
        AssertError(list, HttpStatusCode.Unauthorized, "Invalid or missing API key.");
    }

    [Fact]
    public async Task AdminEndpoints_WithKeyInQueryString_Return401()
    {
        var page = await Factory.CreatePageClientAsync();
        var client = Factory.CreateClientWithKey(null);

        var list = await client.GetEnvelopeAsync(
            $"/api/admin/Incident?X-API-KEY={page.Key}&apiKey={page.Key}"
        );

        AssertError(list, HttpStatusCode.Unauthorized, "Invalid or missing API key.");
    }

    [Theory]
    [InlineData(
        """{"Description":"d","Status":"Investigating","Impact":"None"}""",
        "Title is required."
    )]
    [InlineData("""{"Title":"   ","Description":"d"}""", "Title is required.")]
    [InlineData("""{"Title":"t","Status":"Investigating"}""", "Description is required.")]
    [InlineData(
        """{"Title":"t","Description":"d","Status":"Resolved"}""",
        "An incident cannot be opened as Resolved."
    )]
    [InlineData(
        """{"Title":"t","Description":"d","Status":"re_solved"}""",
        "An incident cannot be opened as Resolved."
    )]
    [InlineData(
        """{"Title":"t","Description":"d","Status":"Broken"}""",
        "Status must be one of: Investigating, Identified, Monitoring."
    )]
    [InlineData(
        """{"Title":"t","Description":"d","Impact":"Apocalypse"}""",
        "Impact must be one of: None, Degraded Performance, Partial Outage, Major Outage."
    )]
    public async Task Create_WithInvalidInput_Returns400AndWritesNothing(
        string body,
        string message
    )
    {
        var page = await Factory.CreatePageClientAsync();

        var created = await page.Http.PostJsonAsync("/api/admin/Incident", body);

        AssertError(created, HttpStatusCode.BadRequest, message);
        Assert.Equal(0, await CountIncidentsAsync(page));
    }

    [Fact]
    public async Task Update_WithUnknownStatus_Returns400ListingAllFourStatuses()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await page.Http.CreateIncidentAsync();

        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = id,
                Description = "d",
                Status = "Broken",
            }
        );

        AssertError(
            updated,
            HttpStatusCode.BadRequest,
            "Status must be one of: Investigating, Identified, Monitoring, Resolved."
        );
        var incident = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal(1, incident.Result.GetProperty("Updates").GetArrayLength());
    }

    [Fact]
    public async Task Create_WithTitleOver200Characters_Returns400()
    {
        var page = await Factory.CreatePageClientAsync();

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new { Title = new string('x', 201), Description = "d" }
        );

        AssertError(created, HttpStatusCode.BadRequest, "Title must be at most 200 characters.");
    }

    [Theory]
    [InlineData("major_outage", "Major Outage")]
    [InlineData("MajorOutage", "Major Outage")]
    [InlineData("PARTIAL-OUTAGE", "Partial Outage")]
    [InlineData("degraded performance", "Degraded Performance")]
    public async Task Create_WithLenientVocabulary_StoresDisplayForm(string impact, string expected)
    {
        var page = await Factory.CreatePageClientAsync();

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "t",
                Description = "d",
                Status = "monitoring",
                Impact = impact,
            }
        );

        Assert.True(created.Success, created.Raw);
        var incident = await page.Http.GetEnvelopeAsync(
            $"/api/admin/Incident/{created.Result.GetGuid()}"
        );
        Assert.Equal(expected, incident.Result.GetProperty("Impact").GetString());
        Assert.Equal("Monitoring", incident.Result.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Create_WithUnknownComponent_Returns400ComponentNotFound()
    {
        var page = await Factory.CreatePageClientAsync();

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "t",
                Description = "d",
                AffectedComponents = new[] { Guid.Parse(SeedComponentId) },
            }
        );

        AssertError(created, HttpStatusCode.BadRequest, $"Component {SeedComponentId} not found.");
        Assert.Equal(0, await CountIncidentsAsync(page));
    }

    [Fact]
    public async Task Create_WithoutOptionalFields_DefaultsNotifyFalseAndNoComponents()
    {
        var page = await Factory.CreatePageClientAsync();

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "t",
                Description = "d",
                Status = "Investigating",
                Impact = "None",
            }
        );

        var incident = await page.Http.GetEnvelopeAsync(
            $"/api/admin/Incident/{created.Result.GetGuid()}"
        );
        Assert.False(incident.Result.GetProperty("IsNotify").GetBoolean());
        Assert.Equal(0, incident.Result.GetProperty("AffectedComponents").GetArrayLength());
    }

    [Fact]
    public async Task MalformedJson_Returns400EnvelopeAndWritesNothing()
    {
        var page = await Factory.CreatePageClientAsync();

        var broken = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            """{"Title": "t", "Description": """
        );
        var wrongType = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            """{"Title": 42, "Description": "d"}"""
        );
        var wrongGuid = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            """{"IncidentId": "not-a-guid", "Description": "d"}"""
        );
        var empty = await page.Http.PostJsonAsync("/api/admin/Incident", "");

        foreach (var answer in new[] { broken, wrongType, wrongGuid, empty })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.False(answer.Success);
            Assert.Equal(JsonValueKind.Null, answer.Result.ValueKind);
            Assert.DoesNotContain("System.", answer.Message, StringComparison.Ordinal);
        }

        Assert.Equal("The value of 'IncidentId' is not valid.", wrongGuid.Message);
        Assert.Equal(0, await CountIncidentsAsync(page));
    }

    [Fact]
    public async Task WrongContentType_Returns415Envelope()
    {
        var page = await Factory.CreatePageClientAsync();
        using var content = new StringContent(
            """{"Title":"t","Description":"d"}""",
            Encoding.UTF8,
            "text/plain"
        );

        using var response = await page.Http.PostAsync(
            "/api/admin/Incident",
            content,
            TestContext.Current.CancellationToken
        );
        var answer = await Envelope.ReadAsync(response);

        AssertError(
            answer,
            HttpStatusCode.UnsupportedMediaType,
            "Content-Type must be application/json."
        );
    }

    [Fact]
    public async Task BodyOver64KB_Returns413EnvelopeAndWritesNothing()
    {
        var page = await Factory.CreatePageClientAsync();

        var answer = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new { Title = "t", Description = new string('x', 70_000) }
        );

        AssertError(
            answer,
            HttpStatusCode.RequestEntityTooLarge,
            "The request body is too large (at most 64 KB)."
        );
        Assert.Equal(0, await CountIncidentsAsync(page));
    }

    [Fact]
    public async Task UnknownRouteAndWrongMethod_Return4xxEnvelopes()
    {
        var page = await Factory.CreatePageClientAsync();

        var unknown = await page.Http.GetEnvelopeAsync("/api/admin/Nothing");
        var wrongMethod = await page.Http.DeleteEnvelopeAsync("/api/admin/Incident");

        AssertError(unknown, HttpStatusCode.NotFound, "Resource not found.");
        AssertError(
            wrongMethod,
            HttpStatusCode.MethodNotAllowed,
            "Method DELETE is not allowed on this resource."
        );
    }

    [Fact]
    public async Task Tenancy_AnotherPagesIncident_IsNotFoundAndUnchanged()
    {
        var owner = await Factory.CreatePageClientAsync();
        var intruder = await Factory.CreatePageClientAsync();
        var component = await owner.Http.CreateComponentAsync("Owner API");
        var id = await owner.Http.CreateIncidentAsync(components: component);

        var read = await intruder.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        var update = await intruder.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = id,
                Description = "hijack",
                Status = "Identified",
            }
        );
        var resolve = await intruder.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = id }
        );
        var reference = await intruder.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "t",
                Description = "d",
                AffectedComponents = new[] { component },
            }
        );
        var readComponent = await intruder.Http.GetEnvelopeAsync(
            $"/api/admin/Component/{component}"
        );
        var deleteComponent = await intruder.Http.DeleteEnvelopeAsync(
            $"/api/admin/Component/{component}"
        );
        var list = await intruder.Http.GetEnvelopeAsync("/api/admin/Incident");

        AssertError(read, HttpStatusCode.NotFound, "Incident ID not found.");
        AssertError(update, HttpStatusCode.BadRequest, "Incident ID not found.");
        AssertError(resolve, HttpStatusCode.BadRequest, "Incident ID not found.");
        AssertError(reference, HttpStatusCode.BadRequest, $"Component {component} not found.");
        Assert.Equal(HttpStatusCode.NotFound, readComponent.Status);
        Assert.Equal(HttpStatusCode.NotFound, deleteComponent.Status);
        Assert.Equal(0, list.Result.GetProperty("TotalCount").GetInt32());
        var incident = await owner.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal("Investigating", incident.Result.GetProperty("Status").GetString());
        Assert.Equal(1, incident.Result.GetProperty("Updates").GetArrayLength());
    }

    [Fact]
    public async Task List_PagesNewestFirst_FiltersByStatus_AndCapsPageSize()
    {
        var page = await Factory.CreatePageClientAsync();
        var first = await page.Http.CreateIncidentAsync("first");
        var second = await page.Http.CreateIncidentAsync("second");
        var third = await page.Http.CreateIncidentAsync("third");
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = first }
        );

        var page1 = await page.Http.GetEnvelopeAsync("/api/admin/Incident?page=1&pageSize=2");
        var page2 = await page.Http.GetEnvelopeAsync("/api/admin/Incident?page=2&pageSize=2");
        var open = await page.Http.GetEnvelopeAsync("/api/admin/Incident?status=open");
        var resolved = await page.Http.GetEnvelopeAsync("/api/admin/Incident?status=resolved");
        var capped = await page.Http.GetEnvelopeAsync("/api/admin/Incident?pageSize=1000");
        var badStatus = await page.Http.GetEnvelopeAsync("/api/admin/Incident?status=sideways");
        var badPage = await page.Http.GetEnvelopeAsync("/api/admin/Incident?page=abc");

        Assert.Equal([third, second], Ids(page1));
        Assert.Equal(3, page1.Result.GetProperty("TotalCount").GetInt32());
        Assert.Equal(2, page1.Result.GetProperty("PageSize").GetInt32());
        Assert.Equal([first], Ids(page2));
        Assert.Equal(2, page2.Result.GetProperty("Page").GetInt32());
        Assert.Equal([third, second], Ids(open));
        Assert.Equal([first], Ids(resolved));
        Assert.Equal(100, capped.Result.GetProperty("PageSize").GetInt32());
        AssertError(
            badStatus,
            HttpStatusCode.BadRequest,
            "Status must be one of: open, resolved, all."
        );
    }

    [Theory]
    [InlineData("/api/admin/Incident?page=0", "Page must be at least 1.")]
    [InlineData("/api/admin/Incident?pageSize=0", "PageSize must be at least 1.")]
    [InlineData("/api/admin/Audit?page=0", "Page must be at least 1.")]
    [InlineData("/api/admin/Audit?pageSize=-1", "PageSize must be at least 1.")]
    [InlineData("/api/admin/Subscriber?page=0", "Page must be at least 1.")]
    [InlineData("/api/admin/Subscriber?page=-3&pageSize=10", "Page must be at least 1.")]
    [InlineData("/api/admin/Subscriber?pageSize=0", "PageSize must be at least 1.")]
    [InlineData("/api/admin/Subscriber/{subscriber}/Deliveries?page=0", "Page must be at least 1.")]
    [InlineData(
        "/api/admin/Subscriber/{subscriber}/Deliveries?pageSize=0",
        "PageSize must be at least 1."
    )]
    [InlineData("/api/admin/Subscriber?page=abc", "The value of 'page' is not valid.")]
    [InlineData(
        "/api/admin/Subscriber/{subscriber}/Deliveries?pageSize=1.5",
        "The value of 'pageSize' is not valid."
    )]
    public async Task PagedLists_WithPageOrPageSizeBelow1_Return400LikeTheIncidentList(
        string url,
        string message
    )
    {
        var page = await Factory.CreatePageClientAsync();
        var subscriber = await CreateEmailSubscriberAsync(page);

        var answer = await page.Http.GetEnvelopeAsync(
            url.Replace("{subscriber}", subscriber.ToString(), StringComparison.Ordinal)
        );

        AssertError(answer, HttpStatusCode.BadRequest, message);
    }

    [Theory]
    [InlineData("/api/admin/Incident")]
    [InlineData("/api/admin/Audit")]
    [InlineData("/api/admin/Subscriber")]
    [InlineData("/api/admin/Subscriber/{subscriber}/Deliveries")]
    public async Task PagedLists_WithPageSizeOver100_ServeAPageOf100(string path)
    {
        var page = await Factory.CreatePageClientAsync();
        var subscriber = await CreateEmailSubscriberAsync(page);
        var url = path.Replace("{subscriber}", subscriber.ToString(), StringComparison.Ordinal);

        var capped = await page.Http.GetEnvelopeAsync(url + "?page=1&pageSize=1000");
        var defaults = await page.Http.GetEnvelopeAsync(url);

        Assert.Equal(HttpStatusCode.OK, capped.Status);
        Assert.Equal(1, capped.Result.GetProperty("Page").GetInt32());
        Assert.Equal(100, capped.Result.GetProperty("PageSize").GetInt32());
        Assert.Equal(1, defaults.Result.GetProperty("Page").GetInt32());
        Assert.Equal(20, defaults.Result.GetProperty("PageSize").GetInt32());
    }

    [Fact]
    public async Task AuditList_FilteredByActor_ListsOnlyThatActorsEntries_AlsoWithTarget_AndRefusesANonGuid()
    {
        var page = await Factory.CreatePageClientAsync();
        var created = await page.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "second writer", Role = "Write" }
        );
        Assert.True(created.Success, created.Raw);
        var secondKey = created.Result.GetProperty("Id").GetGuid();
        using var second = Factory.CreateClientWithKey(
            created.Result.GetProperty("Key").GetString()!
        );
        var incident = await page.Http.CreateIncidentAsync("By the first key", "Major Outage");
        var update = await second.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = incident,
                Description = "By the second key.",
                Status = "Identified",
            }
        );
        Assert.True(update.Success, update.Raw);
        await second.CreateIncidentAsync("Also by the second key", "Partial Outage");

        var bySecond = await page.Http.GetEnvelopeAsync($"/api/admin/Audit?actor={secondKey}");
        var bySecondOnIncident = await page.Http.GetEnvelopeAsync(
            $"/api/admin/Audit?actor={secondKey}&target={incident}"
        );
        var all = await page.Http.GetEnvelopeAsync("/api/admin/Audit?pageSize=100");
        var firstKey = all
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Single(e => e.GetProperty("Action").GetString() == "CreatePageApiKey")
            .GetProperty("ApiKeyId")
            .GetGuid();
        var byFirst = await page.Http.GetEnvelopeAsync($"/api/admin/Audit?actor={firstKey}");
        var nobody = await page.Http.GetEnvelopeAsync($"/api/admin/Audit?actor={Guid.NewGuid()}");
        var notAGuid = await page.Http.GetEnvelopeAsync("/api/admin/Audit?actor=someone");

        string[] Actions(Envelope envelope) =>
            [
                .. envelope
                    .Result.GetProperty("Items")
                    .EnumerateArray()
                    .Select(e => e.GetProperty("Action").GetString()!),
            ];
        // Newest first, only the second key's own entries.
        Assert.Equal(["CreateIncident", "UpdateIncident"], Actions(bySecond));
        Assert.All(
            bySecond.Result.GetProperty("Items").EnumerateArray(),
            e => Assert.Equal(secondKey, e.GetProperty("ApiKeyId").GetGuid())
        );
        Assert.Equal(["UpdateIncident"], Actions(bySecondOnIncident));
        Assert.Equal(["CreateIncident", "CreatePageApiKey"], Actions(byFirst));
        Assert.Equal(0, nobody.Result.GetProperty("TotalCount").GetInt32());
        AssertError(notAGuid, HttpStatusCode.BadRequest, "The value of 'actor' is not valid.");
    }

    [Fact]
    public async Task AuditList_WithPageOver10000_Returns400()
    {
        var page = await Factory.CreatePageClientAsync();

        var tooDeep = await page.Http.GetEnvelopeAsync("/api/admin/Audit?page=10001");
        var deepest = await page.Http.GetEnvelopeAsync("/api/admin/Audit?page=10000");

        AssertError(tooDeep, HttpStatusCode.BadRequest, "Page must be at most 10000.");
        Assert.Equal(HttpStatusCode.OK, deepest.Status);
    }

    [Theory]
    [InlineData("Email", "Email", 255, "Email must be at most 254 characters.")]
    [InlineData("Webhook", "Url", 2001, "Url must be at most 2000 characters.")]
    public async Task CreateSubscriber_WithOverlongEmailOrUrl_Returns400InTheProjectsWordsAndWritesNothing(
        string type,
        string field,
        int length,
        string message
    )
    {
        var page = await Factory.CreatePageClientAsync();
        var value =
            field == "Email"
                ? new string('a', length - 12) + "@example.com"
                : "https://example.com/" + new string('a', length - 20);
        var body = JsonSerializer.Serialize(
            new Dictionary<string, string> { ["Type"] = type, [field] = value }
        );

        var created = await page.Http.PostJsonAsync("/api/admin/Subscriber", body);

        AssertError(created, HttpStatusCode.BadRequest, message);
        Assert.Equal(0, await CountSubscribersAsync(page));
    }

    [Fact]
    public async Task CreateSubscriber_WithMoreThan100Components_Returns400AndWritesNothing()
    {
        var page = await Factory.CreatePageClientAsync();
        var components = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToArray();

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Webhook",
                Url = "https://hooks.example.com/x",
                Components = components,
            }
        );

        AssertError(
            created,
            HttpStatusCode.BadRequest,
            "Components may list at most 100 components."
        );
        Assert.Equal(0, await CountSubscribersAsync(page));
    }

    [Fact]
    public async Task Lists_WithAHugePageNumber_ReturnAnEmptyPage()
    {
        var page = await Factory.CreatePageClientAsync();
        await page.Http.CreateIncidentAsync();

        var incidents = await page.Http.GetEnvelopeAsync(
            "/api/admin/Incident?page=415472008&pageSize=20"
        );
        var largest = await page.Http.GetEnvelopeAsync(
            $"/api/admin/Incident?page={int.MaxValue}&pageSize=100"
        );
        var publicIncidents = await Factory
            .CreateClient()
            .GetEnvelopeAsync($"/api/public/{page.Slug}/incidents?page={int.MaxValue}");

        Assert.Equal(HttpStatusCode.OK, incidents.Status);
        Assert.Empty(incidents.Result.GetProperty("Items").EnumerateArray());
        Assert.Equal(1, incidents.Result.GetProperty("TotalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, largest.Status);
        Assert.True(
            publicIncidents.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest,
            publicIncidents.Raw
        );
    }

    [Fact]
    public async Task ComponentStatus_FollowsWorstUnresolvedIncident_AndRestoresOnResolve()
    {
        var page = await Factory.CreatePageClientAsync();
        var api = await page.Http.CreateComponentAsync("API", "Under Maintenance");
        var major = await page.Http.CreateIncidentAsync("major", "Major Outage", api);
        var degraded = await page.Http.CreateIncidentAsync("degraded", "degraded_performance", api);

        Assert.Equal("Major Outage", await StatusOfAsync(page, api));
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = major }
        );
        Assert.Equal("Degraded Performance", await StatusOfAsync(page, api));
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = degraded }
        );
        Assert.Equal("Under Maintenance", await StatusOfAsync(page, api));

        var history = await Factory.WithDbAsync(db =>
            db.ComponentStatusChanges.Where(c => c.ComponentId == api)
                .OrderBy(c => c.ChangedAt)
                .Select(c => c.Status)
                .ToListAsync()
        );
        Assert.Equal(4, history.Count);
    }

    [Fact]
    public async Task UpdateIncident_ChangingAffectedComponents_RestoresTheOneNoLongerAffected()
    {
        var page = await Factory.CreatePageClientAsync();
        var api = await page.Http.CreateComponentAsync("API");
        var web = await page.Http.CreateComponentAsync("Web");
        var id = await page.Http.CreateIncidentAsync("moving", "Partial Outage", api);

        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = id,
                Description = "It is the web tier",
                AffectedComponents = new[] { web },
                Impact = "Major Outage",
            }
        );

        Assert.True(updated.Success, updated.Raw);
        Assert.Equal("Operational", await StatusOfAsync(page, api));
        Assert.Equal("Major Outage", await StatusOfAsync(page, web));
    }

    [Fact]
    public async Task Components_CreateGetListUpdateDelete_InDisplayOrder()
    {
        var page = await Factory.CreatePageClientAsync();
        var second = await page.Http.PostJsonAsync(
            "/api/admin/Component",
            new
            {
                Name = "Web",
                Description = "Site",
                Group = "Frontend",
                DisplayOrder = 2,
            }
        );
        var first = await page.Http.PostJsonAsync(
            "/api/admin/Component",
            new
            {
                Name = "API",
                DisplayOrder = 1,
                Status = "partial outage",
            }
        );
        var duplicate = await page.Http.PostJsonAsync("/api/admin/Component", new { Name = "api" });
        var nameless = await page.Http.PostJsonAsync(
            "/api/admin/Component",
            new { Description = "x" }
        );

        var list = await page.Http.GetEnvelopeAsync("/api/admin/Component");
        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Component",
            new
            {
                ComponentId = second.Result.GetGuid(),
                Name = "Website",
                Status = "Degraded Performance",
            }
        );
        var fetched = await page.Http.GetEnvelopeAsync(
            $"/api/admin/Component/{second.Result.GetGuid()}"
        );
        var unknownUpdate = await page.Http.PutJsonAsync(
            "/api/admin/Component",
            new { ComponentId = Guid.NewGuid(), Name = "x" }
        );
        var deleted = await page.Http.DeleteEnvelopeAsync(
            $"/api/admin/Component/{first.Result.GetGuid()}"
        );
        var afterDelete = await page.Http.GetEnvelopeAsync("/api/admin/Component");

        Assert.Equal("Component created successfully", first.Message);
        AssertError(
            duplicate,
            HttpStatusCode.BadRequest,
            "A component named 'api' already exists."
        );
        AssertError(nameless, HttpStatusCode.BadRequest, "Name is required.");
        Assert.Equal(
            ["API", "Web"],
            list.Result.EnumerateArray().Select(c => c.GetProperty("Name").GetString())
        );
        Assert.Equal("Partial Outage", list.Result[0].GetProperty("Status").GetString());
        Assert.Equal(
            """{"Success":true,"Message":"Component updated successfully"}""",
            updated.Raw
        );
        Assert.Equal("Website", fetched.Result.GetProperty("Name").GetString());
        Assert.Equal("Frontend", fetched.Result.GetProperty("Group").GetString());
        Assert.Equal("Degraded Performance", fetched.Result.GetProperty("Status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownUpdate.Status);
        Assert.True(deleted.Success, deleted.Raw);
        Assert.Single(afterDelete.Result.EnumerateArray());
    }

    [Fact]
    public async Task DeleteComponent_WhileUnresolvedIncidentAffectsIt_Returns400()
    {
        var page = await Factory.CreatePageClientAsync();
        var api = await page.Http.CreateComponentAsync("API");
        var id = await page.Http.CreateIncidentAsync(components: api);

        var refused = await page.Http.DeleteEnvelopeAsync($"/api/admin/Component/{api}");
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = id }
        );
        var allowed = await page.Http.DeleteEnvelopeAsync($"/api/admin/Component/{api}");

        AssertError(
            refused,
            HttpStatusCode.BadRequest,
            $"Component {api} is affected by an unresolved incident and cannot be deleted."
        );
        Assert.True(allowed.Success, allowed.Raw);
    }

    [Fact]
    public async Task ConcurrentResolves_ExactlyOneSucceeds_AndTimelineHoldsOneResolution()
    {
        var page = await Factory.CreatePageClientAsync();
        var api = await page.Http.CreateComponentAsync("API");
        var id = await page.Http.CreateIncidentAsync(components: api);

        var answers = await Task.WhenAll(
            Enumerable
                .Range(0, 10)
                .Select(_ =>
                    page.Http.PostJsonAsync(
                        "/api/admin/Incident/ResolveIncident",
                        new { IncidentId = id }
                    )
                )
        );

        Assert.Single(answers, a => a.Success);
        Assert.All(
            answers.Where(a => !a.Success),
            a => AssertError(a, HttpStatusCode.BadRequest, "Incident already resolved.")
        );
        var incident = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        var statuses = incident
            .Result.GetProperty("Updates")
            .EnumerateArray()
            .Select(u => u.GetProperty("Status").GetString())
            .ToList();
        Assert.Equal(1, statuses.Count(s => s == "Resolved"));
        Assert.Equal("Operational", await StatusOfAsync(page, api));
    }

    [Fact]
    public async Task ConcurrentUpdates_AllApplied_NoneLost()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await page.Http.CreateIncidentAsync();

        var answers = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(i =>
                    page.Http.PutJsonAsync(
                        "/api/admin/Incident",
                        new { IncidentId = id, Description = $"update {i}" }
                    )
                )
        );

        Assert.All(answers, a => Assert.True(a.Success, a.Raw));
        var incident = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal(9, incident.Result.GetProperty("Updates").GetArrayLength());
    }

    [Fact]
    public async Task Health_LiveAndReady_Return200()
    {
        var client = Factory.CreateClient();

        using var live = await client.GetAsync(
            "/health/live",
            TestContext.Current.CancellationToken
        );
        using var ready = await client.GetAsync(
            "/health/ready",
            TestContext.Current.CancellationToken
        );

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Changes_WriteDomainEventsToTheOutbox_InTheSameSave()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await page.Http.CreateIncidentAsync();
        await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new { IncidentId = id, Description = "u" }
        );
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = id }
        );

        var types = await Factory.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.PageId == page.PageId)
                .OrderBy(m => m.OccurredAt)
                .Select(m => m.Type)
                .ToListAsync()
        );

        Assert.Equal(["IncidentOpened", "IncidentUpdated", "IncidentResolved"], types);
    }

    protected static void AssertError(Envelope answer, HttpStatusCode status, string message)
    {
        Assert.True(
            status == answer.Status,
            $"Expected {(int)status}, got {(int)answer.Status}: {answer.Raw}"
        );
        Assert.False(answer.Success);
        Assert.Equal(JsonValueKind.Null, answer.Result.ValueKind);
        Assert.Equal(message, answer.Message);
    }

    private static List<Guid> Ids(Envelope list) =>
        list
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Select(i => i.GetProperty("Id").GetGuid())
            .ToList();

    private static async Task<string?> StatusOfAsync(PageClient page, Guid component) =>
        (await page.Http.GetEnvelopeAsync($"/api/admin/Component/{component}"))
            .Result.GetProperty("Status")
            .GetString();

    private static async Task<Guid> CreateEmailSubscriberAsync(PageClient page)
    {
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new { Type = "Email", Email = "ops@example.com" }
        );
        Assert.True(created.Success, created.Raw);
        return created.Result.GetProperty("Id").GetGuid();
    }

    private Task<int> CountSubscribersAsync(PageClient page) =>
        Factory.WithDbAsync(db =>
            db.Set<Subscriber>()
                .CountAsync(s => s.PageId == page.PageId, TestContext.Current.CancellationToken)
        );

    private Task<int> CountIncidentsAsync(PageClient page) =>
        Factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.PageId == page.PageId));
}
