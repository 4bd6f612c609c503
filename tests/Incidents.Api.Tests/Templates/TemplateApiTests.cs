using System.Net;
using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Templates;

/// <summary>
/// POST/PUT/GET/DELETE /api/admin/Template and the incident and maintenance creates that use a
/// template, with every message, run once per database provider by the derived classes.
/// </summary>
public abstract class TemplateApiTests
{
    protected TemplateApiTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    private static async Task<Guid> CreateTemplateAsync(HttpClient http, object body)
    {
        var created = await http.PostJsonAsync("/api/admin/Template", body);
        Assert.True(created.Success, created.Raw);
        return created.Result.GetGuid();
    }

    [Fact]
    public async Task Create_WithAllFields_ReturnsIdAndGetShowsThem()
    {
        var page = await Factory.CreatePageClientAsync();
        var api = await page.Http.CreateComponentAsync("API");

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Template",
            new
            {
                Name = "API down",
                Group = "Outages",
                Kind = "incident",
                Title = "{{component}} unavailable",
                Description = "Since {{started_at}} requests to {{component}} fail.",
                Status = "identified",
                Impact = "major_outage",
                AffectedComponents = new[] { api },
                IsNotify = true,
            }
        );

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("Template created successfully", created.Message);
        var id = created.Result.GetGuid();
        var got = await page.Http.GetEnvelopeAsync($"/api/admin/Template/{id}");
        Assert.Equal("Template retrieved successfully", got.Message);
        var t = got.Result;
        Assert.Equal(id, t.GetProperty("Id").GetGuid());
        Assert.Equal("API down", t.GetProperty("Name").GetString());
        Assert.Equal("Outages", t.GetProperty("Group").GetString());
        Assert.Equal("Incident", t.GetProperty("Kind").GetString());
        Assert.Equal("{{component}} unavailable", t.GetProperty("Title").GetString());
        Assert.Equal("Identified", t.GetProperty("Status").GetString());
        Assert.Equal("Major Outage", t.GetProperty("Impact").GetString());
        Assert.Equal(api, t.GetProperty("AffectedComponents")[0].GetGuid());
        Assert.True(t.GetProperty("IsNotify").GetBoolean());
    }

    [Theory]
    [InlineData(
        "Title",
        "{{customer}} affected",
        "Unknown placeholder {{customer}} in Title. Known placeholders: {{component}}, {{started_at}}, {{status}}, {{impact}}."
    )]
    [InlineData(
        "Description",
        "Ends {{ ends_at }}",
        "Unknown placeholder {{ends_at}} in Description. Known placeholders: {{component}}, {{started_at}}, {{status}}, {{impact}}."
    )]
    public async Task Create_WithUnknownPlaceholder_Returns400NamingItAndWritesNothing(
        string field,
        string text,
        string message
    )
    {
        var page = await Factory.CreatePageClientAsync();
        var body = new Dictionary<string, object> { ["Name"] = "T", [field] = text };

        var refused = await page.Http.PostJsonAsync("/api/admin/Template", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(refused.Success);
        Assert.Equal(message, refused.Message);
        var list = await page.Http.GetEnvelopeAsync("/api/admin/Template");
        Assert.Equal(0, list.Result.GetArrayLength());
    }

    [Fact]
    public async Task Create_MaintenanceTemplateWithEndsAt_IsAccepted_ButNotWithStatus()
    {
        var page = await Factory.CreatePageClientAsync();

        var accepted = await page.Http.PostJsonAsync(
            "/api/admin/Template",
            new
            {
                Name = "DB upgrade",
                Kind = "Maintenance",
                Title = "Upgrade of {{component}}",
                Description = "From {{started_at}} to {{ends_at}}.",
            }
        );
        var refused = await page.Http.PostJsonAsync(
            "/api/admin/Template",
            new
            {
                Name = "Other",
                Kind = "Maintenance",
                Status = "Identified",
            }
        );

        Assert.True(accepted.Success, accepted.Raw);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Status and Impact apply only to Incident templates.", refused.Message);
    }

    [Theory]
    [InlineData("""{"Title":"t"}""", "Name is required.")]
    [InlineData("""{"Name":"t","Kind":"Outage"}""", "Kind must be one of: Incident, Maintenance.")]
    [InlineData(
        """{"Name":"t","Status":"Done"}""",
        "Status must be one of: Investigating, Identified, Monitoring, Resolved."
    )]
    [InlineData(
        """{"Name":"t","Impact":"Big"}""",
        "Impact must be one of: None, Degraded Performance, Partial Outage, Major Outage."
    )]
    [InlineData(
        """{"Name":"t","AffectedComponents":["3fa85f64-5717-4562-b3fc-2c963f66afa0"]}""",
        "Component 3fa85f64-5717-4562-b3fc-2c963f66afa0 not found."
    )]
    public async Task Create_WithBadField_Returns400WithItsMessage(string body, string message)
    {
        var page = await Factory.CreatePageClientAsync();

        var refused = await page.Http.PostJsonAsync("/api/admin/Template", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public async Task Create_WithLongName_Returns400()
    {
        var page = await Factory.CreatePageClientAsync();

        var refused = await page.Http.PostJsonAsync(
            "/api/admin/Template",
            new { Name = new string('n', 101) }
        );

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Name must be at most 100 characters.", refused.Message);
    }

    [Fact]
    public async Task Create_WithNameTakenInAnotherCase_Returns400_ButAnotherPageMayUseIt()
    {
        var page = await Factory.CreatePageClientAsync();
        var other = await Factory.CreatePageClientAsync();
        await CreateTemplateAsync(page.Http, new { Name = "Outage" });

        var refused = await page.Http.PostJsonAsync("/api/admin/Template", new { Name = "OUTAGE" });
        var elsewhere = await other.Http.PostJsonAsync(
            "/api/admin/Template",
            new { Name = "Outage" }
        );

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("A template named 'OUTAGE' already exists.", refused.Message);
        Assert.True(elsewhere.Success, elsewhere.Raw);
    }

    [Fact]
    public async Task Update_ChangesGivenFieldsAndKeepsTheRest()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await CreateTemplateAsync(
            page.Http,
            new
            {
                Name = "Outage",
                Group = "Ops",
                Title = "Title",
                Description = "Text",
                Status = "Identified",
            }
        );

        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Template",
            new
            {
                TemplateId = id,
                Description = "New {{component}}",
                Group = "",
            }
        );

        Assert.Equal("""{"Success":true,"Message":"Template updated successfully"}""", updated.Raw);
        var t = (await page.Http.GetEnvelopeAsync($"/api/admin/Template/{id}")).Result;
        Assert.Equal("Outage", t.GetProperty("Name").GetString());
        Assert.Equal(JsonValueKind.Null, t.GetProperty("Group").ValueKind);
        Assert.Equal("Title", t.GetProperty("Title").GetString());
        Assert.Equal("New {{component}}", t.GetProperty("Description").GetString());
        Assert.Equal("Identified", t.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Update_WithUnknownOrMissingIdOrUnknownPlaceholder_Returns400()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await CreateTemplateAsync(page.Http, new { Name = "Outage" });
        var unknown = Guid.NewGuid();

        var missing = await page.Http.PutJsonAsync("/api/admin/Template", new { Name = "x" });
        var notFound = await page.Http.PutJsonAsync(
            "/api/admin/Template",
            new { TemplateId = unknown, Name = "x" }
        );
        var placeholder = await page.Http.PutJsonAsync(
            "/api/admin/Template",
            new { TemplateId = id, Description = "{{oops}}" }
        );

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("TemplateId is required.", missing.Message);
        Assert.Equal(HttpStatusCode.BadRequest, notFound.Status);
        Assert.Equal($"Template {unknown} not found.", notFound.Message);
        Assert.Equal(HttpStatusCode.BadRequest, placeholder.Status);
        Assert.StartsWith("Unknown placeholder {{oops}} in Description.", placeholder.Message);
    }

    [Fact]
    public async Task List_FiltersByKindAndGroup_AndOrdersByGroupThenName()
    {
        var page = await Factory.CreatePageClientAsync();
        await CreateTemplateAsync(page.Http, new { Name = "b", Group = "Ops" });
        await CreateTemplateAsync(page.Http, new { Name = "a", Group = "Ops" });
        await CreateTemplateAsync(page.Http, new { Name = "z" });
        await CreateTemplateAsync(page.Http, new { Name = "m", Kind = "Maintenance" });

        var all = await page.Http.GetEnvelopeAsync("/api/admin/Template");
        var ops = await page.Http.GetEnvelopeAsync("/api/admin/Template?group=ops&kind=Incident");
        var maintenance = await page.Http.GetEnvelopeAsync("/api/admin/Template?kind=maintenance");
        var bad = await page.Http.GetEnvelopeAsync("/api/admin/Template?kind=Other");

        Assert.Equal("Templates retrieved successfully", all.Message);
        Assert.Equal(
            ["m", "z", "a", "b"],
            all.Result.EnumerateArray().Select(t => t.GetProperty("Name").GetString())
        );
        Assert.Equal(
            ["a", "b"],
            ops.Result.EnumerateArray().Select(t => t.GetProperty("Name").GetString())
        );
        Assert.Equal(
            "m",
            Assert.Single(maintenance.Result.EnumerateArray()).GetProperty("Name").GetString()
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("Kind must be one of: Incident, Maintenance.", bad.Message);
    }

    [Fact]
    public async Task GetAndDelete_OfAnotherPagesTemplate_Return404()
    {
        var page = await Factory.CreatePageClientAsync();
        var other = await Factory.CreatePageClientAsync();
        var id = await CreateTemplateAsync(other.Http, new { Name = "Theirs" });

        var got = await page.Http.GetEnvelopeAsync($"/api/admin/Template/{id}");
        var deleted = await page.Http.DeleteEnvelopeAsync($"/api/admin/Template/{id}");

        Assert.Equal(HttpStatusCode.NotFound, got.Status);
        Assert.Equal($"Template {id} not found.", got.Message);
        Assert.Equal(HttpStatusCode.NotFound, deleted.Status);
        Assert.Equal($"Template {id} not found.", deleted.Message);
        Assert.True((await other.Http.GetEnvelopeAsync($"/api/admin/Template/{id}")).Success);
    }

    [Fact]
    public async Task CreateIncident_FromTemplate_RendersItAndADeletedTemplateChangesNothing()
    {
        var page = await Factory.CreatePageClientAsync();
        var api = await page.Http.CreateComponentAsync("Public API");
        var id = await CreateTemplateAsync(
            page.Http,
            new
            {
                Name = "API down",
                Title = "{{component}} unavailable",
                Description = "{{component}} fails ({{status}}, {{impact}}) since {{started_at}}.",
                Status = "Identified",
                Impact = "Partial Outage",
                AffectedComponents = new[] { api },
                IsNotify = false,
            }
        );

        var created = await page.Http.PostJsonAsync("/api/admin/Incident", new { TemplateId = id });

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("Incident created successfully", created.Message);
        var incidentId = created.Result.GetGuid();
        var deleted = await page.Http.DeleteEnvelopeAsync($"/api/admin/Template/{id}");
        Assert.Equal("""{"Success":true,"Message":"Template deleted successfully"}""", deleted.Raw);
        var incident = (
            await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incidentId}")
        ).Result;
        Assert.Equal("Public API unavailable", incident.GetProperty("Title").GetString());
        Assert.Equal("Identified", incident.GetProperty("Status").GetString());
        Assert.Equal("Partial Outage", incident.GetProperty("Impact").GetString());
        var text = incident.GetProperty("Updates")[0].GetProperty("Description").GetString();
        Assert.Matches(
            @"^Public API fails \(Identified, Partial Outage\) since \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$",
            text
        );
        var component = (await page.Http.GetEnvelopeAsync($"/api/admin/Component/{api}")).Result;
        Assert.Equal("Partial Outage", component.GetProperty("Status").GetString());
        // The audit entry names the incident created, not the template used.
        var targets = await Factory.WithDbAsync(db =>
            db.Set<AuditEntry>()
                .Where(a => a.PageId == page.PageId && a.Action == "CreateIncident")
                .Select(a => a.TargetId)
                .ToListAsync(TestContext.Current.CancellationToken)
        );
        Assert.Equal([incidentId], targets);
    }

    [Fact]
    public async Task CreateIncident_FromTemplateWithRequestFields_TheRequestWins()
    {
        var page = await Factory.CreatePageClientAsync();
        var id = await CreateTemplateAsync(
            page.Http,
            new
            {
                Name = "Generic",
                Title = "Template title",
                Description = "Template text",
                Impact = "Degraded Performance",
            }
        );

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                TemplateId = id,
                Title = "Own {{component}}",
                Impact = "Major Outage",
            }
        );

        Assert.True(created.Success, created.Raw);
        var incident = (
            await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{created.Result.GetGuid()}")
        ).Result;
        Assert.Equal("Own {{component}}", incident.GetProperty("Title").GetString());
        Assert.Equal("Major Outage", incident.GetProperty("Impact").GetString());
        Assert.Equal("Investigating", incident.GetProperty("Status").GetString());
        Assert.Equal(
            "Template text",
            incident.GetProperty("Updates")[0].GetProperty("Description").GetString()
        );
    }

    [Fact]
    public async Task CreateIncident_FromTemplateMissingTextOrOfWrongKindOrUnknown_Returns400()
    {
        var page = await Factory.CreatePageClientAsync();
        var noText = await CreateTemplateAsync(page.Http, new { Name = "t", Title = "Only title" });
        var noTitle = await CreateTemplateAsync(
            page.Http,
            new { Name = "d", Description = "Only text" }
        );
        var maintenance = await CreateTemplateAsync(
            page.Http,
            new
            {
                Name = "m",
                Kind = "Maintenance",
                Title = "x",
                Description = "y",
            }
        );
        var unknown = Guid.NewGuid();

        var missingDescription = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new { TemplateId = noText }
        );
        var missingTitle = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new { TemplateId = noTitle }
        );
        var wrongKind = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new { TemplateId = maintenance }
        );
        var notFound = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                TemplateId = unknown,
                Title = "t",
                Description = "d",
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, missingDescription.Status);
        Assert.Equal("Description is required.", missingDescription.Message);
        Assert.Equal("Title is required.", missingTitle.Message);
        Assert.Equal("The template is not an Incident template.", wrongKind.Message);
        Assert.Equal($"Template {unknown} not found.", notFound.Message);
        var list = await page.Http.GetEnvelopeAsync("/api/admin/Incident");
        Assert.Equal(0, list.Result.GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public async Task CreateIncident_WithoutTemplate_KeepsTheSeedMessages()
    {
        var page = await Factory.CreatePageClientAsync();

        var refused = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new { Description = "d" }
        );

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Title is required.", refused.Message);
    }

    [Fact]
    public async Task UpdateIncident_FromTemplate_PostsItsTextAndStatus()
    {
        var page = await Factory.CreatePageClientAsync();
        var incidentId = await page.Http.CreateIncidentAsync();
        var id = await CreateTemplateAsync(
            page.Http,
            new
            {
                Name = "Fixed",
                Description = "A fix is deployed; we are watching ({{status}}).",
                Status = "Monitoring",
            }
        );

        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new { IncidentId = incidentId, TemplateId = id }
        );
        var unknown = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = incidentId,
                TemplateId = Guid.Empty,
                Description = "x",
            }
        );

        Assert.Equal("""{"Success":true,"Message":"Incident updated successfully"}""", updated.Raw);
        var incident = (
            await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incidentId}")
        ).Result;
        Assert.Equal("Monitoring", incident.GetProperty("Status").GetString());
        Assert.Equal(
            "A fix is deployed; we are watching (Monitoring).",
            incident.GetProperty("Updates")[0].GetProperty("Description").GetString()
        );
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal($"Template {Guid.Empty} not found.", unknown.Message);
    }

    [Fact]
    public async Task CreateMaintenance_FromTemplate_FillsTitleTextAndComponents()
    {
        var page = await Factory.CreatePageClientAsync();
        var db = await page.Http.CreateComponentAsync("Database");
        var id = await CreateTemplateAsync(
            page.Http,
            new
            {
                Name = "DB upgrade",
                Kind = "Maintenance",
                Title = "{{component}} upgrade",
                Description = "From {{started_at}} to {{ends_at}}.",
                AffectedComponents = new[] { db },
                IsNotify = false,
            }
        );
        var start = new DateTimeOffset(2030, 1, 2, 3, 0, 0, TimeSpan.FromHours(1));

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                TemplateId = id,
                ScheduledFor = start,
                ScheduledUntil = start.AddHours(2),
            }
        );
        var incidentTemplate = await CreateTemplateAsync(
            page.Http,
            new
            {
                Name = "inc",
                Title = "t",
                Description = "d",
            }
        );
        var wrongKind = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                TemplateId = incidentTemplate,
                ScheduledFor = start,
                ScheduledUntil = start.AddHours(2),
            }
        );

        Assert.Equal("Maintenance scheduled successfully", created.Message);
        var maintenance = (
            await page.Http.GetEnvelopeAsync($"/api/admin/Maintenance/{created.Result.GetGuid()}")
        ).Result;
        Assert.Equal("Database upgrade", maintenance.GetProperty("Title").GetString());
        Assert.Equal(db, maintenance.GetProperty("AffectedComponents")[0].GetGuid());
        Assert.Contains(
            "From 2030-01-02 02:00 UTC to 2030-01-02 04:00 UTC.",
            maintenance.GetRawText(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.Status);
        Assert.Equal("The template is not a Maintenance template.", wrongKind.Message);
    }
}
