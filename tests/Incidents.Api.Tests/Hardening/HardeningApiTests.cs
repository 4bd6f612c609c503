using System.Net;
using System.Text;
using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Common.Idempotency;
using Incidents.Domain.Audit;
using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Hardening;

/// <summary>
/// Idempotency keys, ExternalId deduplication, key management, revocation, the audit trail and
/// the trace id header, run once per database provider by the derived classes.
/// </summary>
public abstract class HardeningApiTests
{
    private const string IncidentUrl = "/api/admin/Incident";

    protected HardeningApiTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    private static object IncidentBody(
        string title = "Checkout errors",
        string? externalId = null
    ) =>
        new
        {
            Title = title,
            Description = "Payments fail for some customers.",
            Status = "Investigating",
            Impact = "Major Outage",
            IsNotify = false,
            ExternalId = externalId,
        };

    private static async Task<(HttpResponseMessage Response, Envelope Envelope)> SendAsync(
        HttpClient client,
        HttpMethod method,
        string url,
        object? body,
        string? idempotencyKey = null
    )
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(
                body as string ?? JsonSerializer.Serialize(body),
                Encoding.UTF8,
                "application/json"
            );
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await Envelope.ReadAsync(response));
    }

    private Task<int> CountIncidentsAsync(Guid pageId) =>
        Factory.WithDbAsync(db =>
            db.Incidents.CountAsync(i => i.PageId == pageId, TestContext.Current.CancellationToken)
        );

    [Fact]
    public async Task Create_WithSameIdempotencyKeyTwice_ReplaysFirstAnswerAndCreatesOneIncident()
    {
        var page = await Factory.CreatePageClientAsync();

        var (first, firstEnvelope) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(),
            "key-1"
        );
        var (second, secondEnvelope) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(),
            "key-1"
        );

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(firstEnvelope.Raw, secondEnvelope.Raw);
        Assert.Equal(1, await CountIncidentsAsync(page.PageId));
    }

    [Fact]
    public async Task Create_WithSameKeyAndDifferentBody_Returns422AndChangesNothing()
    {
        var page = await Factory.CreatePageClientAsync();
        await SendAsync(page.Http, HttpMethod.Post, IncidentUrl, IncidentBody("A"), "key-2");

        var (response, envelope) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody("B"),
            "key-2"
        );

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(envelope.Success);
        Assert.Equal(
            "This Idempotency-Key was already used for a different request.",
            envelope.Message
        );
        Assert.Equal(1, await CountIncidentsAsync(page.PageId));
    }

    [Fact]
    public async Task Create_WithSameKeyOnAnotherPage_IsIndependent()
    {
        var pageA = await Factory.CreatePageClientAsync();
        var pageB = await Factory.CreatePageClientAsync();

        var (a, _) = await SendAsync(
            pageA.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(),
            "shared"
        );
        var (b, bEnvelope) = await SendAsync(
            pageB.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(),
            "shared"
        );

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.False(b.Headers.Contains("Idempotent-Replayed"));
        Assert.True(bEnvelope.Success);
        Assert.Equal(1, await CountIncidentsAsync(pageB.PageId));
    }

    [Fact]
    public async Task Create_WhileSameKeyIsInFlight_Returns409()
    {
        var page = await Factory.CreatePageClientAsync();
        // The first request's claim, exactly as the middleware takes it, still held.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var marker = scope.ServiceProvider.GetRequiredService<IIdempotencyInFlightMarker>();
            Assert.True(
                await marker.TryAcquireAsync(
                    page.PageId,
                    "busy",
                    "fingerprint",
                    TestContext.Current.CancellationToken
                )
            );
        }

        var (response, envelope) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(),
            "busy"
        );

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(
            "A request with this Idempotency-Key is still being processed.",
            envelope.Message
        );
        Assert.Equal(0, await CountIncidentsAsync(page.PageId));
    }

    [Fact]
    public async Task Create_WithKeyOver255Characters_Returns400()
    {
        var page = await Factory.CreatePageClientAsync();

        var (response, envelope) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(),
            new string('k', 256)
        );
        var (accepted, _) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(),
            new string('k', 255)
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Idempotency-Key must be between 1 and 255 characters.", envelope.Message);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1, await CountIncidentsAsync(page.PageId));
    }

    [Fact]
    public async Task Create_WhenValidationFails_StoresNothingAndTheKeyCanBeReused()
    {
        var page = await Factory.CreatePageClientAsync();

        var (refused, _) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            new { Title = "", Description = "x" },
            "retry-me"
        );
        IdempotencyRecord? stored;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            stored = await scope
                .ServiceProvider.GetRequiredService<IIdempotencyStore>()
                .FindAsync(page.PageId, "retry-me", TestContext.Current.CancellationToken);
        }

        var (corrected, envelope) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(),
            "retry-me"
        );

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.True(envelope.Success);
        Assert.False(corrected.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountIncidentsAsync(page.PageId));
        Assert.Null(stored);
    }

    [Fact]
    public async Task Create_TenConcurrentRequestsWithOneKey_CreateOneIncident()
    {
        var page = await Factory.CreatePageClientAsync();

        var answers = await Task.WhenAll(
            Enumerable
                .Range(0, 10)
                .Select(_ =>
                    SendAsync(page.Http, HttpMethod.Post, IncidentUrl, IncidentBody(), "storm")
                )
        );

        Assert.All(
            answers,
            a =>
                Assert.Contains(
                    a.Response.StatusCode,
                    new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }
                )
        );
        var ids = answers
            .Where(a => a.Response.StatusCode == HttpStatusCode.OK)
            .Select(a => a.Envelope.Result.GetGuid())
            .Distinct()
            .ToList();
        Assert.Single(ids);
        Assert.Equal(1, await CountIncidentsAsync(page.PageId));
    }

    [Fact]
    public async Task Create_TenConcurrentRequestsWithOneExternalId_ReturnOneIncidentToAll()
    {
        var page = await Factory.CreatePageClientAsync();

        var answers = await Task.WhenAll(
            Enumerable
                .Range(0, 10)
                .Select(_ =>
                    SendAsync(
                        page.Http,
                        HttpMethod.Post,
                        IncidentUrl,
                        IncidentBody(externalId: "alertmanager:fingerprint-42"),
                        null
                    )
                )
        );

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        Assert.Single(answers.Select(a => a.Envelope.Result.GetGuid()).Distinct());
        Assert.Single(answers, a => a.Envelope.Message == "Incident created successfully");
        Assert.Equal(
            9,
            answers.Count(a => a.Envelope.Message == "Incident already open for this ExternalId.")
        );
        Assert.Equal(1, await CountIncidentsAsync(page.PageId));
    }

    [Fact]
    public async Task ApiKey_CreateListRevoke_KeyWorksWithItsRoleUntilRevoked()
    {
        var page = await Factory.CreatePageClientAsync();

        var created = await page.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "grafana", Role = "Read" }
        );
        Assert.True(created.Success, created.Raw);
        var keyId = created.Result.GetProperty("Id").GetGuid();
        var secret = created.Result.GetProperty("Key").GetString()!;
        using var readClient = Factory.CreateClientWithKey(secret);

        var list = await page.Http.GetEnvelopeAsync("/api/admin/ApiKey");
        var read = await readClient.GetEnvelopeAsync(IncidentUrl);
        var write = await readClient.PostJsonAsync(IncidentUrl, IncidentBody());
        var revoked = await page.Http.DeleteEnvelopeAsync($"/api/admin/ApiKey/{keyId}");
        var afterRevoke = await readClient.GetEnvelopeAsync(IncidentUrl);

        Assert.DoesNotContain(secret, list.Raw, StringComparison.Ordinal);
        var listed = list
            .Result.EnumerateArray()
            .Single(k => k.GetProperty("Id").GetGuid() == keyId);
        Assert.Equal("Read", listed.GetProperty("Role").GetString());
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal("This API key is not allowed to perform this action.", write.Message);
        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Equal("API key revoked successfully", revoked.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.Status);
        Assert.Equal(0, await CountIncidentsAsync(page.PageId));
    }

    [Fact]
    public async Task ApiKey_RevokeKeyOfAnotherPage_Returns404AndKeyKeepsWorking()
    {
        var pageA = await Factory.CreatePageClientAsync();
        var pageB = await Factory.CreatePageClientAsync();
        var created = await pageB.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "ci", Role = "Write" }
        );
        var keyId = created.Result.GetProperty("Id").GetGuid();

        var attempt = await pageA.Http.DeleteEnvelopeAsync($"/api/admin/ApiKey/{keyId}");
        using var bClient = Factory.CreateClientWithKey(
            created.Result.GetProperty("Key").GetString()
        );
        var stillWorks = await bClient.GetEnvelopeAsync(IncidentUrl);

        Assert.Equal(HttpStatusCode.NotFound, attempt.Status);
        Assert.Equal(HttpStatusCode.OK, stillWorks.Status);
    }

    [Fact]
    public async Task ApiKey_CreateWithoutRole_Returns400AndIssuesNothing()
    {
        var page = await Factory.CreatePageClientAsync();

        var refused = await page.Http.PostJsonAsync("/api/admin/ApiKey", new { Name = "x" });
        var list = await page.Http.GetEnvelopeAsync("/api/admin/ApiKey");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Role is required (Read, Write or Admin).", refused.Message);
        Assert.Single(list.Result.EnumerateArray());
    }

    [Fact]
    public async Task ApiKey_RevokingThePagesLastAdminKey_IsRefused_UntilAnotherAdminKeyExists()
    {
        var page = await Factory.CreatePageClientAsync();
        var keys = await page.Http.GetEnvelopeAsync("/api/admin/ApiKey");
        var ownId = keys.Result.EnumerateArray().Single().GetProperty("Id").GetGuid();

        var refused = await page.Http.DeleteEnvelopeAsync($"/api/admin/ApiKey/{ownId}");
        var stillWorks = await page.Http.GetEnvelopeAsync(IncidentUrl);
        var second = await page.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "second admin", Role = "Admin" }
        );
        var allowed = await page.Http.DeleteEnvelopeAsync($"/api/admin/ApiKey/{ownId}");
        using var secondClient = Factory.CreateClientWithKey(
            second.Result.GetProperty("Key").GetString()
        );
        var secondId = second.Result.GetProperty("Id").GetGuid();
        var lastAgain = await secondClient.DeleteEnvelopeAsync($"/api/admin/ApiKey/{secondId}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(
            "The page's last Admin key cannot be revoked: create another Admin key first.",
            refused.Message
        );
        Assert.Equal(HttpStatusCode.OK, stillWorks.Status);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal(HttpStatusCode.BadRequest, lastAgain.Status);
    }

    [Fact]
    public async Task Audit_EveryMutation_IsRecordedWithKeyTargetAndRequestId()
    {
        var page = await Factory.CreatePageClientAsync();
        var http = page.Http;

        var component = await http.CreateComponentAsync("API");
        await http.PutJsonAsync(
            "/api/admin/Component",
            new { ComponentId = component, Status = "Degraded Performance" }
        );
        var (createResponse, created) = await SendAsync(
            http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody()
        );
        var incident = created.Result.GetGuid();
        await http.PutJsonAsync(
            IncidentUrl,
            new
            {
                IncidentId = incident,
                Description = "Fix deployed.",
                Status = "Monitoring",
            }
        );
        await http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incident }
        );
        var key = await http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "bot", Role = "Write" }
        );
        var keyId = key.Result.GetProperty("Id").GetGuid();
        await http.DeleteEnvelopeAsync($"/api/admin/ApiKey/{keyId}");
        await http.DeleteEnvelopeAsync($"/api/admin/Component/{component}");
        var failed = await http.DeleteEnvelopeAsync($"/api/admin/Component/{Guid.NewGuid()}");

        var audit = await http.GetEnvelopeAsync("/api/admin/Audit?pageSize=100");
        var forIncident = await http.GetEnvelopeAsync($"/api/admin/Audit?target={incident}");

        Assert.Equal(HttpStatusCode.NotFound, failed.Status);
        var entries = audit.Result.GetProperty("Items").EnumerateArray().Reverse().ToList();
        Assert.Equal(
            [
                ("CreateComponent", component),
                ("UpdateComponent", component),
                ("CreateIncident", incident),
                ("UpdateIncident", incident),
                ("ResolveIncident", incident),
                ("CreatePageApiKey", keyId),
                ("RevokePageApiKey", keyId),
                ("DeleteComponent", component),
            ],
            entries.Select(e =>
                (e.GetProperty("Action").GetString()!, e.GetProperty("TargetId").GetGuid())
            )
        );
        Assert.All(
            entries,
            e =>
            {
                Assert.Equal("initial", e.GetProperty("ApiKeyName").GetString());
                Assert.False(string.IsNullOrEmpty(e.GetProperty("RequestId").GetString()));
            }
        );
        Assert.Equal(
            Assert.Single(createResponse.Headers.GetValues("X-Trace-Id")),
            entries[2].GetProperty("RequestId").GetString()
        );
        Assert.Equal(3, forIncident.Result.GetProperty("TotalCount").GetInt32());
        var rows = await Factory.WithDbAsync(db =>
            db.Set<AuditEntry>()
                .CountAsync(e => e.PageId == page.PageId, TestContext.Current.CancellationToken)
        );
        Assert.Equal(8, rows);
    }

    [Fact]
    public async Task Audit_CreateAnsweredWithTheOpenIncidentForItsExternalId_RecordsNothing()
    {
        var page = await Factory.CreatePageClientAsync();

        var (_, first) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(externalId: "alert-audit-1")
        );
        var (_, repeat) = await SendAsync(
            page.Http,
            HttpMethod.Post,
            IncidentUrl,
            IncidentBody(externalId: "alert-audit-1")
        );
        var audit = await page.Http.GetEnvelopeAsync("/api/admin/Audit?pageSize=100");

        Assert.Equal("Incident already open for this ExternalId.", repeat.Message);
        Assert.Equal(first.Result.GetGuid(), repeat.Result.GetGuid());
        var entry = Assert.Single(audit.Result.GetProperty("Items").EnumerateArray());
        Assert.Equal("CreateIncident", entry.GetProperty("Action").GetString());
    }

    [Fact]
    public async Task Responses_OfEveryKind_CarryTheTraceIdHeader()
    {
        var page = await Factory.CreatePageClientAsync();
        using var anonymous = Factory.CreateClient();

        using var ok = await page.Http.GetAsync(IncidentUrl, TestContext.Current.CancellationToken);
        using var notFound = await page.Http.GetAsync(
            $"{IncidentUrl}/{Guid.NewGuid()}",
            TestContext.Current.CancellationToken
        );
        using var unauthorized = await anonymous.GetAsync(
            IncidentUrl,
            TestContext.Current.CancellationToken
        );
        using var health = await anonymous.GetAsync(
            "/health/live",
            TestContext.Current.CancellationToken
        );

        foreach (var response in new[] { ok, notFound, unauthorized, health })
        {
            var traceId = Assert.Single(response.Headers.GetValues("X-Trace-Id"));
            Assert.Matches("^[0-9a-f]{32}$", traceId);
        }
    }

    [Fact]
    public async Task Incident_ResolvedThenReopenedWithSameExternalId_CreatesASecondIncident()
    {
        var page = await Factory.CreatePageClientAsync();
        var first = await page.Http.PostJsonAsync(IncidentUrl, IncidentBody(externalId: "fp-1"));
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = first.Result.GetGuid() }
        );

        var second = await page.Http.PostJsonAsync(IncidentUrl, IncidentBody(externalId: "fp-1"));

        Assert.Equal("Incident created successfully", second.Message);
        Assert.NotEqual(first.Result.GetGuid(), second.Result.GetGuid());
        var open = await Factory.WithDbAsync(db =>
            db.Incidents.CountAsync(
                i => i.PageId == page.PageId && i.Status != IncidentStatus.Resolved,
                TestContext.Current.CancellationToken
            )
        );
        Assert.Equal(1, open);
    }
}
