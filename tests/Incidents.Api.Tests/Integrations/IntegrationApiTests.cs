using System.Net;
using System.Text;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Integrations.Common;
using Incidents.Domain.Audit;
using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Integrations;

/// <summary>
/// Integrations through the real service: the admin API and the Alertmanager and Grafana
/// receivers, with the payloads those tools send. Run per provider by the derived classes.
/// </summary>
public abstract class IntegrationApiTests
{
    protected IntegrationApiTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    private sealed record Created(
        PageClient Page,
        Guid Id,
        string Url,
        string Token,
        Guid Component
    );

    private async Task<Created> CreateIntegrationAsync(
        string type = "Alertmanager",
        string? secret = null,
        bool publish = true,
        bool withDefault = false,
        string match = "api"
    )
    {
        var page = await Factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("API");
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Integration",
            new
            {
                Type = type,
                Name = "Prometheus",
                Rules = new[]
                {
                    new
                    {
                        Match = new Dictionary<string, string> { ["service"] = match },
                        Components = new[] { component },
                        Impact = "Major Outage",
                        Publish = publish,
                    },
                },
                Default = withDefault
                    ? new { Impact = "Degraded Performance", Publish = true }
                    : null,
                Secret = secret,
            }
        );
        Assert.True(created.Success, created.Raw);
        return new Created(
            page,
            created.Result.GetProperty("Id").GetGuid(),
            created.Result.GetProperty("Url").GetString()!,
            created.Result.GetProperty("Token").GetString()!,
            component
        );
    }

    private async Task<Envelope> PostAlertAsync(
        string url,
        string? token,
        string body,
        IDictionary<string, string>? headers = null
    )
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url).PathAndQuery)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Add("Authorization", "Bearer " + token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await Envelope.ReadAsync(response);
    }

    private Task<List<Incident>> IncidentsAsync(Guid pageId) =>
        Factory.WithDbAsync(db =>
            db.Incidents.AsNoTracking()
                .Include(i => i.Updates)
                .Where(i => i.PageId == pageId)
                .ToListAsync(TestContext.Current.CancellationToken)
        );

    private Task<(int Incidents, int Updates, int Outbox, int Audit)> RowsAsync(Guid pageId) =>
        Factory.WithDbAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            var ids = db.Incidents.Where(i => i.PageId == pageId).Select(i => i.Id);
            return (
                await db.Incidents.CountAsync(i => i.PageId == pageId, ct),
                await db.IncidentUpdates.CountAsync(u => ids.Contains(u.IncidentId), ct),
                await db.OutboxMessages.CountAsync(o => o.PageId == pageId, ct),
                await db.Set<AuditEntry>().CountAsync(a => a.PageId == pageId, ct)
            );
        });

    [Fact]
    public async Task Create_AsAdmin_ReturnsReceiverUrlAndATokenStoredOnlyAsItsHash()
    {
        var created = await CreateIntegrationAsync();

        Assert.EndsWith($"/api/integrations/alertmanager/{created.Id}", created.Url);
        Assert.StartsWith("int_", created.Token);
        var stored = await Factory.WithDbAsync(db =>
            db.Integrations.AsNoTracking()
                .SingleAsync(i => i.Id == created.Id, TestContext.Current.CancellationToken)
        );
        Assert.NotEqual(created.Token, stored.TokenHash);
        Assert.DoesNotContain(created.Token, stored.TokenHash);
        var listed = await created.Page.Http.GetEnvelopeAsync("/api/admin/Integration");
        Assert.DoesNotContain(created.Token, listed.Raw);
        Assert.Equal(created.Id, listed.Result[0].GetProperty("Id").GetGuid());
        var one = await created.Page.Http.GetEnvelopeAsync($"/api/admin/Integration/{created.Id}");
        Assert.Equal(
            "Major Outage",
            one.Result.GetProperty("Rules")[0].GetProperty("Impact").GetString()
        );
        Assert.DoesNotContain(created.Token, one.Raw);
    }

    [Fact]
    public async Task Create_Update_Delete_AreAudited()
    {
        var created = await CreateIntegrationAsync();

        var updated = await created.Page.Http.PutJsonAsync(
            $"/api/admin/Integration/{created.Id}",
            new { Name = "Renamed", Rules = Array.Empty<object>() }
        );
        var deleted = await created.Page.Http.DeleteEnvelopeAsync(
            $"/api/admin/Integration/{created.Id}"
        );

        Assert.Equal("Integration updated successfully", updated.Message);
        Assert.Equal("Integration deleted successfully", deleted.Message);
        var actions = await Factory.WithDbAsync(db =>
            db.Set<AuditEntry>()
                .Where(a => a.PageId == created.Page.PageId && a.TargetId == created.Id)
                .Select(a => a.Action)
                .ToListAsync(TestContext.Current.CancellationToken)
        );
        Assert.Equal(
            ["CreateIntegration", "DeleteIntegration", "UpdateIntegration"],
            actions.Order()
        );
        var afterDelete = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.AlertmanagerFiring
        );
        Assert.Equal(HttpStatusCode.Unauthorized, afterDelete.Status);
    }

    [Theory]
    [InlineData(
        "{\"Type\":\"Nagios\",\"Name\":\"n\"}",
        "Type must be one of: Alertmanager, Grafana."
    )]
    [InlineData("{\"Type\":\"Alertmanager\"}", "Name is required.")]
    [InlineData(
        "{\"Type\":\"Alertmanager\",\"Name\":\"n\",\"Secret\":\"0123456789abcdef\"}",
        "Only a Grafana integration takes a Secret."
    )]
    [InlineData(
        "{\"Type\":\"Alertmanager\",\"Name\":\"n\",\"Rules\":[{\"Impact\":\"Huge\"}]}",
        "Impact must be one of: None, Degraded Performance, Partial Outage, Major Outage."
    )]
    public async Task Create_WithBadShape_Returns400AndWritesNothing(string body, string message)
    {
        var page = await Factory.CreatePageClientAsync();

        var answer = await page.Http.PostJsonAsync("/api/admin/Integration", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(message, answer.Message);
        Assert.Equal(
            0,
            await Factory.WithDbAsync(db =>
                db.Integrations.CountAsync(
                    i => i.PageId == page.PageId,
                    TestContext.Current.CancellationToken
                )
            )
        );
    }

    [Fact]
    public async Task Create_WithComponentOfAnotherPage_Returns400()
    {
        var other = await Factory.CreatePageClientAsync();
        var foreign = await other.Http.CreateComponentAsync("Theirs");
        var page = await Factory.CreatePageClientAsync();

        var answer = await page.Http.PostJsonAsync(
            "/api/admin/Integration",
            new
            {
                Type = "Alertmanager",
                Name = "n",
                Rules = new[] { new { Components = new[] { foreign }, Impact = "Major Outage" } },
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal($"Component {foreign} not found.", answer.Message);
    }

    [Fact]
    public async Task Alertmanager_FirstFiring_OpensOneIncidentOnTheMatchedComponent()
    {
        var created = await CreateIntegrationAsync();

        var answer = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.AlertmanagerFiring
        );

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Success);
        var incident = Assert.Single(await IncidentsAsync(created.Page.PageId));
        Assert.Equal("API is down", incident.Title);
        Assert.Equal(IncidentImpact.MajorOutage, incident.Impact);
        Assert.Equal([created.Component], incident.AffectedComponentIds);
        Assert.True(incident.IsPublished);
        Assert.StartsWith($"am:{created.Id:N}:", incident.ExternalId);
        Assert.Equal($"Incident {incident.Id} opened.", answer.Message);
        // Only the alert names: annotations and internal URLs stay out unless a rule opts in.
        var description = Assert.Single(incident.Updates).Description;
        Assert.Equal("1 alert firing: ApiDown.", description);
        var component = await created.Page.Http.GetEnvelopeAsync(
            $"/api/admin/Component/{created.Component}"
        );
        Assert.Equal("Major Outage", component.Result.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Alertmanager_Repeats_AreNoOpsThatWriteNoRows()
    {
        var created = await CreateIntegrationAsync();
        var first = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.AlertmanagerFiring
        );
        var rows = await RowsAsync(created.Page.PageId);

        for (var i = 0; i < 5; i++)
        {
            var repeat = await PostAlertAsync(
                created.Url,
                created.Token,
                AlertFixtures.AlertmanagerFiring
            );
            Assert.Equal(HttpStatusCode.OK, repeat.Status);
            Assert.EndsWith("already open for this alert group.", repeat.Message);
        }

        Assert.True(first.Success);
        Assert.Equal(rows, await RowsAsync(created.Page.PageId));
    }

    [Fact]
    public async Task Alertmanager_Resolved_ResolvesTheUntouchedIncidentAndComponent()
    {
        var created = await CreateIntegrationAsync();
        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerFiring);

        var answer = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.AlertmanagerResolved
        );

        var incident = Assert.Single(await IncidentsAsync(created.Page.PageId));
        Assert.True(incident.IsResolved);
        Assert.Equal($"Incident {incident.Id} resolved.", answer.Message);
        var component = await created.Page.Http.GetEnvelopeAsync(
            $"/api/admin/Component/{created.Component}"
        );
        Assert.Equal("Operational", component.Result.GetProperty("Status").GetString());
        var again = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.AlertmanagerResolved
        );
        Assert.Equal("No open incident for this alert group.", again.Message);
    }

    [Fact]
    public async Task Alertmanager_ResolvedAfterAManualUpdate_PostsAlertsClearedAndLeavesItOpen()
    {
        var created = await CreateIntegrationAsync();
        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerFiring);
        var id = Assert.Single(await IncidentsAsync(created.Page.PageId)).Id;
        var manual = await created.Page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = id,
                Description = "We are on it.",
                Status = "Identified",
            }
        );
        Assert.True(manual.Success, manual.Raw);

        var answer = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.AlertmanagerResolved
        );
        var repeated = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.AlertmanagerResolved
        );

        var incident = Assert.Single(await IncidentsAsync(created.Page.PageId));
        Assert.False(incident.IsResolved);
        Assert.Equal(3, incident.Updates.Count);
        Assert.Equal(
            Incident.AlertsClearedDescription,
            incident.Updates.OrderBy(u => u.CreatedAt).Last().Description
        );
        Assert.EndsWith("left open for a person to resolve.", answer.Message);
        Assert.EndsWith("alerts already reported cleared.", repeated.Message);
    }

    [Fact]
    public async Task Alertmanager_ResolvedWithTruncatedAlerts_LeavesTheIncidentOpen()
    {
        var created = await CreateIntegrationAsync();
        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerFiring);

        await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.With(AlertFixtures.AlertmanagerResolved, n => n["truncatedAlerts"] = 2)
        );

        var incident = Assert.Single(await IncidentsAsync(created.Page.PageId));
        Assert.False(incident.IsResolved);
        Assert.Contains(incident.Updates, u => u.Description == Incident.AlertsClearedDescription);
    }

    [Fact]
    public async Task Alertmanager_SameGroupFiringAfterResolution_OpensANewIncident()
    {
        var created = await CreateIntegrationAsync();
        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerFiring);
        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerResolved);

        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerFiring);

        var incidents = await IncidentsAsync(created.Page.PageId);
        Assert.Equal(2, incidents.Count);
        Assert.Single(incidents, i => !i.IsResolved);
        Assert.Equal(incidents[0].ExternalId, incidents[1].ExternalId);
    }

    [Fact]
    public async Task Alertmanager_NoRuleMatchesAndNoDefault_Answers200AndOpensNothing()
    {
        var created = await CreateIntegrationAsync(match: "billing");

        var answer = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.AlertmanagerFiring
        );

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(
            "Alert group ignored: no rule matches and the default ignores.",
            answer.Message
        );
        Assert.Empty(await IncidentsAsync(created.Page.PageId));
    }

    [Fact]
    public async Task Alertmanager_NoRuleMatches_TheDefaultApplies()
    {
        var created = await CreateIntegrationAsync(match: "billing", withDefault: true);

        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerFiring);

        var incident = Assert.Single(await IncidentsAsync(created.Page.PageId));
        Assert.Equal(IncidentImpact.DegradedPerformance, incident.Impact);
        Assert.Empty(incident.AffectedComponentIds);
    }

    [Fact]
    public async Task Alertmanager_IncidentOpened_IsAuditedAsTheIntegration()
    {
        var created = await CreateIntegrationAsync();

        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerFiring);

        var entry = await Factory.WithDbAsync(db =>
            db.Set<AuditEntry>()
                .AsNoTracking()
                .SingleAsync(
                    a => a.PageId == created.Page.PageId && a.Action == "CreateIncident",
                    TestContext.Current.CancellationToken
                )
        );
        Assert.Equal(created.Id, entry.ApiKeyId);
        Assert.Equal("Alertmanager integration Prometheus", entry.ApiKeyName);
    }

    [Fact]
    public async Task Alertmanager_PublishFalse_IsHiddenUntilAnOperatorPublishesIt()
    {
        var created = await CreateIntegrationAsync(publish: false);
        await PostAlertAsync(created.Url, created.Token, AlertFixtures.AlertmanagerFiring);
        var incident = Assert.Single(await IncidentsAsync(created.Page.PageId));
        var publicUrl = $"/api/public/{created.Page.Slug}/incidents/{incident.Id}";
        using var anonymous = Factory.CreateClient();

        Assert.False(incident.IsPublished);
        Assert.False(incident.Notify);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await anonymous.GetAsync(publicUrl, TestContext.Current.CancellationToken)).StatusCode
        );
        var admin = await created.Page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incident.Id}");
        Assert.False(admin.Result.GetProperty("IsPublished").GetBoolean());
        var component = await created.Page.Http.GetEnvelopeAsync(
            $"/api/admin/Component/{created.Component}"
        );
        Assert.Equal("Operational", component.Result.GetProperty("Status").GetString());

        var published = await created.Page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = incident.Id,
                Description = "Confirmed.",
                Publish = true,
            }
        );

        Assert.True(published.Success, published.Raw);
        Assert.Equal(
            HttpStatusCode.OK,
            (await anonymous.GetAsync(publicUrl, TestContext.Current.CancellationToken)).StatusCode
        );
        component = await created.Page.Http.GetEnvelopeAsync(
            $"/api/admin/Component/{created.Component}"
        );
        Assert.Equal("Major Outage", component.Result.GetProperty("Status").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("int_wrong")]
    public async Task Alertmanager_WithWrongOrMissingToken_Returns401AndWritesNothing(string? token)
    {
        var created = await CreateIntegrationAsync();

        var answer = await PostAlertAsync(created.Url, token, AlertFixtures.AlertmanagerFiring);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("Invalid or missing integration token.", answer.Message);
        Assert.Empty(await IncidentsAsync(created.Page.PageId));
    }

    [Fact]
    public async Task Alertmanager_WithAnotherIntegrationsToken_Returns401()
    {
        var mine = await CreateIntegrationAsync();
        var theirs = await CreateIntegrationAsync();

        var answer = await PostAlertAsync(mine.Url, theirs.Token, AlertFixtures.AlertmanagerFiring);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
    }

    [Fact]
    public async Task Alertmanager_WithAnApiKeyInsteadOfTheToken_Returns401()
    {
        var created = await CreateIntegrationAsync();
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            new Uri(created.Url).PathAndQuery
        )
        {
            Content = new StringContent(
                AlertFixtures.AlertmanagerFiring,
                Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.Add("X-API-KEY", created.Page.Key);

        using var response = await Factory
            .CreateClient()
            .SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"status\":\"firing\",\"alerts\":[]}", "groupKey is required.")]
    [InlineData(
        "{\"status\":\"burning\",\"groupKey\":\"k\",\"alerts\":[]}",
        "status must be 'firing' or 'resolved'."
    )]
    [InlineData("{\"status\":\"firing\",\"groupKey\":\"k\"}", "alerts is required.")]
    public async Task Alertmanager_MalformedPayload_Returns400WithTheReason(
        string body,
        string message
    )
    {
        var created = await CreateIntegrationAsync();

        var answer = await PostAlertAsync(created.Url, created.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(message, answer.Message);
        Assert.Empty(await IncidentsAsync(created.Page.PageId));
    }

    [Fact]
    public async Task Alertmanager_InvalidJson_Returns400()
    {
        var created = await CreateIntegrationAsync();

        var answer = await PostAlertAsync(created.Url, created.Token, "{\"status\":");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Success);
    }

    [Fact]
    public async Task Alertmanager_BodyOver64KB_Returns413()
    {
        var created = await CreateIntegrationAsync();
        var huge = AlertFixtures.With(
            AlertFixtures.AlertmanagerFiring,
            n => n["padding"] = new string('x', 70 * 1024)
        );

        var answer = await PostAlertAsync(created.Url, created.Token, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Empty(await IncidentsAsync(created.Page.PageId));
    }

    private const string GrafanaSecret = "grafana-hmac-secret-0123456789";

    [Fact]
    public async Task Grafana_SignedBody_OpensTheIncident()
    {
        var created = await CreateIntegrationAsync("Grafana", GrafanaSecret, withDefault: true);
        var body = AlertFixtures.GrafanaFiring;

        var answer = await PostAlertAsync(
            created.Url,
            created.Token,
            body,
            new Dictionary<string, string>
            {
                [GrafanaSignature.HeaderName] = GrafanaSignature.Compute(
                    GrafanaSecret,
                    Encoding.UTF8.GetBytes(body),
                    null
                ),
            }
        );

        Assert.True(answer.Success, answer.Raw);
        Assert.EndsWith($"/api/integrations/grafana/{created.Id}", created.Url);
        var incident = Assert.Single(await IncidentsAsync(created.Page.PageId));
        // Grafana's documented example has no common summary and no common alertname.
        Assert.Equal(AlertIncidentText.FallbackTitle, incident.Title);
        Assert.StartsWith($"grafana:{created.Id:N}:", incident.ExternalId);
        var description = incident.Updates.Single().Description;
        Assert.Equal("2 alerts firing: High memory usage, High CPU usage.", description);
        Assert.DoesNotContain("myrunbook.com", description);
    }

    [Fact]
    public async Task Grafana_SignedWithTimestamp_IsAcceptedWhenFreshAndRefusedWhenStale()
    {
        var created = await CreateIntegrationAsync("Grafana", GrafanaSecret, withDefault: true);
        var body = AlertFixtures.GrafanaFiring;
        Dictionary<string, string> Signed(DateTimeOffset at)
        {
            var ts = at.ToUnixTimeSeconds()
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new()
            {
                [GrafanaSignature.HeaderName] = GrafanaSignature.Compute(
                    GrafanaSecret,
                    Encoding.UTF8.GetBytes(body),
                    ts
                ),
                [GrafanaSignature.TimestampHeaderName] = ts,
            };
        }

        var stale = await PostAlertAsync(
            created.Url,
            created.Token,
            body,
            Signed(DateTimeOffset.UtcNow.AddMinutes(-10))
        );
        var fresh = await PostAlertAsync(
            created.Url,
            created.Token,
            body,
            Signed(DateTimeOffset.UtcNow)
        );

        Assert.Equal(HttpStatusCode.Unauthorized, stale.Status);
        Assert.Equal("Invalid or missing signature.", stale.Message);
        Assert.True(fresh.Success, fresh.Raw);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Grafana_WrongOrMissingSignature_Returns401AndWritesNothing(bool sendSignature)
    {
        var created = await CreateIntegrationAsync("Grafana", GrafanaSecret, withDefault: true);
        var body = AlertFixtures.GrafanaFiring;
        var headers = new Dictionary<string, string>();
        if (sendSignature)
        {
            // Signed over another body: the signature covers the exact bytes.
            headers[GrafanaSignature.HeaderName] = GrafanaSignature.Compute(
                GrafanaSecret,
                Encoding.UTF8.GetBytes(body + " "),
                null
            );
        }

        var answer = await PostAlertAsync(created.Url, created.Token, body, headers);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("Invalid or missing signature.", answer.Message);
        Assert.Empty(await IncidentsAsync(created.Page.PageId));
    }

    [Fact]
    public async Task Grafana_TestButton_Answers200WithoutAnIncident()
    {
        var created = await CreateIntegrationAsync("Grafana", withDefault: true);

        var answer = await PostAlertAsync(created.Url, created.Token, AlertFixtures.GrafanaTest);

        Assert.Equal("Test notification received; no incident opened.", answer.Message);
        Assert.Empty(await IncidentsAsync(created.Page.PageId));
    }

    [Fact]
    public async Task Grafana_SignedResolved_ResolvesTheIncident()
    {
        var created = await CreateIntegrationAsync("Grafana", GrafanaSecret, withDefault: true);
        Dictionary<string, string> Signed(string body) =>
            new()
            {
                [GrafanaSignature.HeaderName] = GrafanaSignature.Compute(
                    GrafanaSecret,
                    Encoding.UTF8.GetBytes(body),
                    null
                ),
            };

        var firing = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.GrafanaFiring,
            Signed(AlertFixtures.GrafanaFiring)
        );
        var resolved = await PostAlertAsync(
            created.Url,
            created.Token,
            AlertFixtures.GrafanaResolved,
            Signed(AlertFixtures.GrafanaResolved)
        );

        Assert.True(firing.Success, firing.Raw);
        Assert.True(resolved.Success, resolved.Raw);
        Assert.EndsWith("resolved.", resolved.Message);
        Assert.True(Assert.Single(await IncidentsAsync(created.Page.PageId)).IsResolved);
    }
}
