using System.Net;
using System.Text;
using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>
/// The Manage API v1 subset replaying the request shapes common clients send (JSON without
/// Content-Type as the yannh Go SDK, form encoding as the docs' curl, .json suffix as the Ruby gem,
/// lowercase oauth as sbecker59, Bearer as atlassian-python-api, PUT for update); writes go through
/// our commands (audit shows them); per database provider by the derived classes.
/// </summary>
public abstract class ManageApiTests
{
    private readonly FakeClockApiFactory factory;

    protected ManageApiTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Answer(HttpStatusCode Status, string Raw)
    {
        public JsonElement Json => JsonDocument.Parse(Raw).RootElement.Clone();
    }

    private async Task<Answer> SendAsync(
        HttpMethod method,
        string url,
        string? authorization,
        HttpContent? content = null
    )
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        factory.Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await factory.CreateClient().SendAsync(request, Ct);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A JSON body with no Content-Type header at all.</summary>
    private static ByteArrayContent Bare(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = null;
        return content;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    [Fact]
    public async Task Keys_InEveryStatuspageForm_AreAccepted_AndErrorsHaveStatuspagesShape()
    {
        var page = await factory.CreatePageClientAsync();

        foreach (
            var auth in new[] { $"OAuth {page.Key}", $"oauth {page.Key}", $"Bearer {page.Key}" }
        )
        {
            var pages = await SendAsync(HttpMethod.Get, "/v1/pages", auth);
            Assert.Equal(HttpStatusCode.OK, pages.Status);
            Assert.Equal(page.PageId.ToString(), pages.Json[0].GetProperty("id").GetString());
        }

        var byQuery = await SendAsync(
            HttpMethod.Get,
            $"/v1/pages/{page.Slug}.json?api_key={page.Key}",
            null
        );
        var none = await SendAsync(HttpMethod.Get, "/v1/pages", null);
        var wrong = await SendAsync(HttpMethod.Get, "/v1/pages", "OAuth not-a-key");

        Assert.Equal(HttpStatusCode.OK, byQuery.Status);
        Assert.Equal(page.PageId.ToString(), byQuery.Json.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal("unauthorized", none.Json.GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(none.Json.GetProperty("message").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
    }

    [Fact]
    public async Task KeyOfPageA_OnPageB_Is404()
    {
        var a = await factory.CreatePageClientAsync();
        var b = await factory.CreatePageClientAsync();
        var componentOfB = await b.Http.CreateComponentAsync("Only B's");

        var byId = await SendAsync(
            HttpMethod.Get,
            $"/v1/pages/{b.PageId}/components",
            $"OAuth {a.Key}"
        );
        var bySlug = await SendAsync(
            HttpMethod.Get,
            $"/v1/pages/{b.Slug}/incidents",
            $"OAuth {a.Key}"
        );
        var write = await SendAsync(
            HttpMethod.Patch,
            $"/v1/pages/{b.PageId}/components/{componentOfB}",
            $"OAuth {a.Key}",
            Bare("""{"component":{"status":"major_outage"}}""")
        );
        var crossId = await SendAsync(
            HttpMethod.Get,
            $"/v1/pages/{a.PageId}/components/{componentOfB}",
            $"OAuth {a.Key}"
        );

        Assert.All(
            [byId, bySlug, write, crossId],
            x => Assert.Equal(HttpStatusCode.NotFound, x.Status)
        );
        Assert.Equal("not_found", byId.Json.GetProperty("error").GetString());
        var stillOperational = await b.Http.GetEnvelopeAsync(
            $"/api/admin/Component/{componentOfB}"
        );
        Assert.Equal("Operational", stillOperational.Result.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Components_CreateReadUpdateDelete_AsTheTerraformProvidersDo()
    {
        var page = await factory.CreatePageClientAsync();
        var auth = $"OAuth {page.Key}";
        var root = $"/v1/pages/{page.PageId}/components";

        var created = await SendAsync(
            HttpMethod.Post,
            root,
            auth,
            Bare(
                """{"component":{"name":"API","description":"Public API","status":"operational","showcase":true}}"""
            )
        );
        var id = created.Json.GetProperty("id").GetString();
        var read = await SendAsync(HttpMethod.Get, $"{root}/{id}.json", auth);
        var patched = await SendAsync(
            HttpMethod.Patch,
            $"{root}/{id}",
            auth,
            Form(("component[status]", "partial_outage"))
        );
        var put = await SendAsync(
            HttpMethod.Put,
            $"{root}/{id}.json",
            auth,
            new StringContent(
                """{"component":{"name":"Public API"}}""",
                Encoding.UTF8,
                "application/json"
            )
        );
        var listed = await SendAsync(HttpMethod.Get, $"{root}?page=1&per_page=100", auth);
        var deleted = await SendAsync(HttpMethod.Delete, $"{root}/{id}", auth);
        var gone = await SendAsync(HttpMethod.Get, $"{root}/{id}", auth);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.True(created.Json.TryGetProperty("automation_email", out _));
        Assert.False(created.Json.GetProperty("group").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("Public API", read.Json.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("partial_outage", patched.Json.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal("Public API", put.Json.GetProperty("name").GetString());
        Assert.Equal(id, listed.Json[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task Incidents_CreateUpdateResolve_GoThroughOurCommands()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Checkout");
        var root = $"/v1/pages/{page.Slug}/incidents";

        var created = await SendAsync(
            HttpMethod.Post,
            root + ".json",
            $"OAuth {page.Key}",
            Form(
                ("incident[name]", "Checkout failing"),
                ("incident[status]", "investigating"),
                ("incident[body]", "We are looking into it."),
                ($"incident[components][{component}]", "major_outage"),
                ("incident[component_ids][]", component.ToString()),
                ("incident[deliver_notifications]", "f")
            )
        );
        var id = created.Json.GetProperty("id").GetString();
        var updated = await SendAsync(
            HttpMethod.Patch,
            $"{root}/{id}",
            $"oauth {page.Key}",
            Bare("""{"incident":{"status":"identified","body":"Found it.","impact_override":""}}""")
        );
        var unresolved = await SendAsync(
            HttpMethod.Get,
            $"{root}/unresolved",
            $"Bearer {page.Key}"
        );
        var resolved = await SendAsync(
            HttpMethod.Put,
            $"{root}/{id}.json",
            $"OAuth {page.Key}",
            Bare("""{"incident":{"status":"resolved","body":"Fixed."}}""")
        );
        var searched = await SendAsync(
            HttpMethod.Get,
            $"{root}?q=checkout&limit=10&page=1",
            $"OAuth {page.Key}"
        );
        var audit = await page.Http.GetEnvelopeAsync("/api/admin/Audit");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("critical", created.Json.GetProperty("impact").GetString());
        Assert.Equal("investigating", created.Json.GetProperty("status").GetString());
        Assert.Equal(
            component.ToString(),
            created.Json.GetProperty("components")[0].GetProperty("id").GetString()
        );
        Assert.Equal(
            "major_outage",
            created.Json.GetProperty("components")[0].GetProperty("status").GetString()
        );
        Assert.False(
            created
                .Json.GetProperty("incident_updates")[0]
                .GetProperty("deliver_notifications")
                .GetBoolean()
        );
        Assert.Equal(JsonValueKind.Object, created.Json.GetProperty("metadata").ValueKind);
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("identified", updated.Json.GetProperty("status").GetString());
        Assert.Equal(
            "Found it.",
            updated.Json.GetProperty("incident_updates")[0].GetProperty("body").GetString()
        );
        Assert.Equal(
            id,
            Assert.Single(unresolved.Json.EnumerateArray()).GetProperty("id").GetString()
        );
        Assert.Equal(HttpStatusCode.OK, resolved.Status);
        Assert.Equal("resolved", resolved.Json.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, resolved.Json.GetProperty("resolved_at").ValueKind);
        Assert.Equal(
            id,
            Assert.Single(searched.Json.EnumerateArray()).GetProperty("id").GetString()
        );
        var actions = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Select(e => e.GetProperty("Action").GetString())
            .ToList();
        Assert.Contains("CreateIncident", actions);
        Assert.Contains("UpdateIncident", actions);
        Assert.Contains("ResolveIncident", actions);
    }

    [Fact]
    public async Task Writes_WithAReadKey_Are403_AndBadInput_IsRefusedWritingNothing()
    {
        var page = await factory.CreatePageClientAsync();
        var reader = await page.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "reader", Role = "Read" }
        );
        var readKey = reader.Result.GetProperty("Key").GetString();
        var root = $"/v1/pages/{page.PageId}/incidents";

        var forbidden = await SendAsync(
            HttpMethod.Post,
            root,
            $"OAuth {readKey}",
            Bare("""{"incident":{"name":"x"}}""")
        );
        var unwrapped = await SendAsync(
            HttpMethod.Post,
            root,
            $"OAuth {page.Key}",
            Bare("""{"name":"x"}""")
        );
        var badStatus = await SendAsync(
            HttpMethod.Post,
            root,
            $"OAuth {page.Key}",
            Bare("""{"incident":{"name":"x","status":"on_fire"}}""")
        );
        var listed = await SendAsync(HttpMethod.Get, root, $"OAuth {readKey}");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal("forbidden", forbidden.Json.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unwrapped.Status);
        Assert.Equal(
            "The body must be {\"incident\": {…}}.",
            unwrapped.Json.GetProperty("message").GetString()
        );
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.Status);
        Assert.Empty(listed.Json.EnumerateArray());
    }

    private async Task<string?> KeyAsync(PageClient page, string role)
    {
        var created = await page.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = role.ToLowerInvariant(), Role = role }
        );
        return created.Result.GetProperty("Key").GetString();
    }

    [Fact]
    public async Task IncidentUpdateEdit_AndIncidentDelete_GoThroughOurCorrectionAndDelete()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Checkout");
        var incident = await page.Http.CreateIncidentAsync(
            "Checkout failing",
            "Major Outage",
            component
        );
        var root = $"/v1/pages/{page.PageId}/incidents/{incident}";
        var read = await SendAsync(HttpMethod.Get, root, $"OAuth {page.Key}");
        var updateId = read.Json.GetProperty("incident_updates")[0].GetProperty("id").GetString();
        var writeKey = await KeyAsync(page, "Write");
        var readKey = await KeyAsync(page, "Read");

        var edited = await SendAsync(
            HttpMethod.Patch,
            $"{root}/incident_updates/{updateId}",
            $"oauth {writeKey}",
            Bare("""{"incident_update":{"body":"We are looking into failed payments."}}""")
        );
        var moved = await SendAsync(
            HttpMethod.Put,
            $"{root}/incident_updates/{updateId}.json",
            $"OAuth {writeKey}",
            Form(("incident_update[display_at]", "2026-01-02T03:04:05.000Z"))
        );
        var readOnly = await SendAsync(
            HttpMethod.Patch,
            $"{root}/incident_updates/{updateId}",
            $"OAuth {readKey}",
            Bare("""{"incident_update":{"body":"x"}}""")
        );
        var nothing = await SendAsync(
            HttpMethod.Patch,
            $"{root}/incident_updates/{updateId}",
            $"OAuth {writeKey}",
            Bare("""{"incident_update":{}}""")
        );
        var unknownUpdate = await SendAsync(
            HttpMethod.Patch,
            $"{root}/incident_updates/{Guid.NewGuid()}",
            $"OAuth {writeKey}",
            Bare("""{"incident_update":{"body":"x"}}""")
        );
        var deleteByWriter = await SendAsync(HttpMethod.Delete, root, $"OAuth {writeKey}");
        var deleted = await SendAsync(HttpMethod.Delete, root + ".json", $"OAuth {page.Key}");
        var gone = await SendAsync(HttpMethod.Get, root, $"OAuth {page.Key}");
        var componentAfter = await SendAsync(
            HttpMethod.Get,
            $"/v1/pages/{page.PageId}/components/{component}",
            $"OAuth {page.Key}"
        );
        var audit = await page.Http.GetEnvelopeAsync("/api/admin/Audit");

        Assert.Equal(HttpStatusCode.OK, edited.Status);
        Assert.Equal(
            "We are looking into failed payments.",
            edited.Json.GetProperty("body").GetString()
        );
        Assert.Equal(updateId, edited.Json.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Equal("2026-01-02T03:04:05.000Z", moved.Json.GetProperty("display_at").GetString());
        Assert.Equal(
            "We are looking into failed payments.",
            moved.Json.GetProperty("body").GetString()
        );
        Assert.NotEqual(
            moved.Json.GetProperty("display_at").GetString(),
            moved.Json.GetProperty("created_at").GetString()
        );
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.Status);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.Status);
        Assert.Equal("Give body or display_at.", nothing.Json.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownUpdate.Status);
        Assert.Equal(HttpStatusCode.Forbidden, deleteByWriter.Status);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(incident.ToString(), deleted.Json.GetProperty("id").GetString());
        Assert.Equal("Checkout failing", deleted.Json.GetProperty("name").GetString());
        Assert.Equal(
            "We are looking into failed payments.",
            deleted.Json.GetProperty("incident_updates")[0].GetProperty("body").GetString()
        );
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        // The open incident imposed a status; deleted, it imposes nothing.
        Assert.Equal("operational", componentAfter.Json.GetProperty("status").GetString());
        var actions = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Select(e => e.GetProperty("Action").GetString())
            .ToList();
        Assert.Equal(2, actions.Count(a => a == "CorrectIncidentUpdate"));
        Assert.Single(actions, a => a == "DeleteIncident");
    }

    [Fact]
    public async Task IncidentDelete_WithAnIdempotencyKey_RunsOnce_AndReplaysTheSameAnswer()
    {
        var page = await factory.CreatePageClientAsync();
        var incident = await page.Http.CreateIncidentAsync("Twice");
        var url = $"/v1/pages/{page.Slug}/incidents/{incident}";

        async Task<(Answer Answer, bool Replayed)> DeleteAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, url);
            request.Headers.TryAddWithoutValidation("Authorization", $"OAuth {page.Key}");
            request.Headers.Add("Idempotency-Key", "delete-once");
            using var response = await factory.CreateClient().SendAsync(request, Ct);
            return (
                new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(Ct)),
                response.Headers.Contains("Idempotent-Replayed")
            );
        }

        var first = await DeleteAsync();
        var second = await DeleteAsync();
        var withoutKey = await SendAsync(HttpMethod.Delete, url, $"OAuth {page.Key}");

        Assert.Equal(HttpStatusCode.OK, first.Answer.Status);
        Assert.False(first.Replayed);
        Assert.Equal(HttpStatusCode.OK, second.Answer.Status);
        Assert.True(second.Replayed);
        Assert.Equal(first.Answer.Raw, second.Answer.Raw);
        Assert.Equal(HttpStatusCode.NotFound, withoutKey.Status);
    }

    [Fact]
    public async Task IncidentDelete_AndUpdateEdit_WithPageAsKey_OnPageBsIncident_Are404()
    {
        var a = await factory.CreatePageClientAsync();
        var b = await factory.CreatePageClientAsync();
        var incidentOfB = await b.Http.CreateIncidentAsync("Only B's");
        var updateOfB = (
            await SendAsync(
                HttpMethod.Get,
                $"/v1/pages/{b.PageId}/incidents/{incidentOfB}",
                $"OAuth {b.Key}"
            )
        )
            .Json.GetProperty("incident_updates")[0]
            .GetProperty("id")
            .GetString();

        var answers = new[]
        {
            await SendAsync(
                HttpMethod.Delete,
                $"/v1/pages/{a.PageId}/incidents/{incidentOfB}",
                $"OAuth {a.Key}"
            ),
            await SendAsync(
                HttpMethod.Delete,
                $"/v1/pages/{b.PageId}/incidents/{incidentOfB}",
                $"OAuth {a.Key}"
            ),
            await SendAsync(
                HttpMethod.Patch,
                $"/v1/pages/{a.PageId}/incidents/{incidentOfB}/incident_updates/{updateOfB}",
                $"OAuth {a.Key}",
                Bare("""{"incident_update":{"body":"Not yours."}}""")
            ),
        };
        var stillThere = await b.Http.GetEnvelopeAsync($"/api/admin/Incident/{incidentOfB}");

        Assert.All(answers, x => Assert.Equal(HttpStatusCode.NotFound, x.Status));
        Assert.True(stillThere.Success);
        Assert.DoesNotContain("Not yours.", stillThere.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComponentGroups_CreateReadUpdateDelete_MapOntoOurGroups()
    {
        var page = await factory.CreatePageClientAsync();
        var auth = $"OAuth {page.Key}";
        async Task<Guid> ComponentAsync(string name, int order) =>
            (
                await page.Http.PostJsonAsync(
                    "/api/admin/Component",
                    new { Name = name, DisplayOrder = order }
                )
            ).Result.GetGuid();
        var api = await ComponentAsync("API", 5);
        var web = await ComponentAsync("Website", 6);
        var db = await ComponentAsync("Database", 7);
        var root = $"/v1/pages/{page.PageId}/component-groups";

        var created = await SendAsync(
            HttpMethod.Post,
            root,
            auth,
            Bare(
                $$$"""{"component_group":{"name":"Core","components":["{{{api}}}","{{{web}}}"]}}"""
            )
        );
        var id = created.Json.GetProperty("id").GetString();
        var read = await SendAsync(HttpMethod.Get, $"{root}/{id}.json", auth);
        var admin = await page.Http.GetEnvelopeAsync($"/api/admin/Component/{api}");
        var patched = await SendAsync(
            HttpMethod.Patch,
            $"{root}/{id}",
            $"oauth {page.Key}",
            Form(
                ("component_group[name]", "Platform"),
                ("component_group[components][]", web.ToString()),
                ("component_group[components][]", db.ToString())
            )
        );
        var newId = patched.Json.GetProperty("id").GetString();
        var oldIdGone = await SendAsync(HttpMethod.Get, $"{root}/{id}", auth);
        var put = await SendAsync(
            HttpMethod.Put,
            $"{root}/{newId}.json",
            auth,
            new StringContent(
                """{"component_group":{"position":1}}""",
                Encoding.UTF8,
                "application/json"
            )
        );
        var listed = await SendAsync(HttpMethod.Get, $"{root}?page=1&per_page=10", auth);
        var apiAfterPatch = await page.Http.GetEnvelopeAsync($"/api/admin/Component/{api}");
        var deleted = await SendAsync(HttpMethod.Delete, $"{root}/{newId}", auth);
        var gone = await SendAsync(HttpMethod.Get, $"{root}/{newId}", auth);
        var dbAfterDelete = await page.Http.GetEnvelopeAsync($"/api/admin/Component/{db}");
        var audit = await page.Http.GetEnvelopeAsync("/api/admin/Audit");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("Core", created.Json.GetProperty("name").GetString());
        Assert.Equal(
            new[] { api.ToString(), web.ToString() }.Order(),
            created
                .Json.GetProperty("components")
                .EnumerateArray()
                .Select(c => c.GetString())
                .Order()
        );
        Assert.Equal(JsonValueKind.Null, created.Json.GetProperty("description").ValueKind);
        Assert.Equal(page.PageId.ToString(), created.Json.GetProperty("page_id").GetString());
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(id, read.Json.GetProperty("id").GetString());
        Assert.Equal("Core", admin.Result.GetProperty("Group").GetString());
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("Platform", patched.Json.GetProperty("name").GetString());
        Assert.Equal(
            new[] { db.ToString(), web.ToString() }.Order(),
            patched
                .Json.GetProperty("components")
                .EnumerateArray()
                .Select(c => c.GetString())
                .Order()
        );
        Assert.Equal(2, patched.Json.GetProperty("position").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, oldIdGone.Status);
        Assert.Equal(JsonValueKind.Null, apiAfterPatch.Result.GetProperty("Group").ValueKind);
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(1, put.Json.GetProperty("position").GetInt32());
        Assert.Equal(
            newId,
            Assert.Single(listed.Json.EnumerateArray()).GetProperty("id").GetString()
        );
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("Platform", deleted.Json.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal(JsonValueKind.Null, dbAfterDelete.Result.GetProperty("Group").ValueKind);
        Assert.True(dbAfterDelete.Success, "Deleting a group keeps its components.");
        var actions = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Select(e => e.GetProperty("Action").GetString())
            .ToList();
        Assert.Equal(3, actions.Count(a => a == "SaveComponentGroup"));
        Assert.Single(actions, a => a == "DeleteComponentGroup");
    }

    [Fact]
    public async Task ComponentGroups_BadInput_IsRefused_AndAnotherPagesGroupIs404()
    {
        var page = await factory.CreatePageClientAsync();
        var other = await factory.CreatePageClientAsync();
        var auth = $"OAuth {page.Key}";
        var api = await page.Http.CreateComponentAsync("API");
        var othersComponent = await other.Http.CreateComponentAsync("Theirs");
        var root = $"/v1/pages/{page.PageId}/component-groups";
        var othersGroup = await SendAsync(
            HttpMethod.Post,
            $"/v1/pages/{other.PageId}/component-groups",
            $"OAuth {other.Key}",
            Bare(
                $$$"""{"component_group":{"name":"Theirs","components":["{{{othersComponent}}}"]}}"""
            )
        );

        var empty = await SendAsync(
            HttpMethod.Post,
            root,
            auth,
            Bare("""{"component_group":{"name":"Empty","components":[]}}""")
        );
        var described = await SendAsync(
            HttpMethod.Post,
            root,
            auth,
            Bare(
                $$$"""{"description":"Ours","component_group":{"name":"Core","components":["{{{api}}}"]}}"""
            )
        );
        var foreignMember = await SendAsync(
            HttpMethod.Post,
            root,
            auth,
            Bare(
                $$$"""{"component_group":{"name":"Core","components":["{{{othersComponent}}}"]}}"""
            )
        );
        var crossRead = await SendAsync(
            HttpMethod.Get,
            $"{root}/{othersGroup.Json.GetProperty("id").GetString()}",
            auth
        );
        var listed = await SendAsync(HttpMethod.Get, root, auth);

        Assert.Equal(HttpStatusCode.Created, othersGroup.Status);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(HttpStatusCode.BadRequest, described.Status);
        Assert.Equal(HttpStatusCode.BadRequest, foreignMember.Status);
        Assert.Equal(
            $"Component {othersComponent} not found.",
            foreignMember.Json.GetProperty("message").GetString()
        );
        Assert.Equal(HttpStatusCode.NotFound, crossRead.Status);
        Assert.Empty(listed.Json.EnumerateArray());
    }
}
