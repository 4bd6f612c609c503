using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.ApiKeys.Commands.CreateApiKey;
using Incidents.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Hardening;

/// <summary>
/// Roles over the route table: every admin endpoint the service actually routes must name the
/// policy its resource and method call for, and each role must be let in or refused accordingly.
/// A new endpoint without a policy (or with the wrong one) fails here without anyone listing it.
/// </summary>
public sealed class AdminRolesTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    /// <summary>The issues: Admin keys alone manage subscribers, keys, the audit trail, page hostnames, alert integrations and imports (issue 12: an import rewrites history).</summary>
    private static readonly string[] AdminOnlyResources =
    [
        "ApiKey",
        "Page",
        "Audit",
        "Subscriber",
        "Subscribers",
        "Webhook",
        "Delivery",
        "Webhooks",
        "Integration",
        "Import",
    ];

    /// <summary>Issue 14: deleting an incident and backfilling history rewrite the record: Admin only.</summary>
    private static readonly (string Method, string Pattern)[] AdminOnlyEndpoints =
    [
        ("DELETE", "api/admin/Incident/{id:guid}"),
        ("POST", "api/admin/Incident/Backfill"),
    ];

    private static readonly string[] Roles = ["Read", "Write", "Admin"];

    private static string ExpectedPolicy(AdminRouteTable.AdminEndpoint endpoint)
    {
        var resource = endpoint.Pattern.Split('/')[2];
        if (
            AdminOnlyResources.Contains(resource, StringComparer.OrdinalIgnoreCase)
            || AdminOnlyEndpoints.Contains((endpoint.Method, endpoint.Pattern))
        )
        {
            return "Admin";
        }

        return endpoint.Method is "GET" or "HEAD" ? "Read" : "Write";
    }

    private IReadOnlyList<AdminRouteTable.AdminEndpoint> Endpoints()
    {
        using var warmUp = factory.CreateClient();
        return AdminRouteTable.Read(factory.Services);
    }

    [Fact]
    public void RouteTable_EveryAdminEndpoint_NamesExactlyTheExpectedPolicy()
    {
        var endpoints = Endpoints();

        // The seed's Incident and Component endpoints plus keys and audit: the scan sees them all.
        Assert.True(endpoints.Count >= 13, string.Join(", ", endpoints));
        Assert.All(
            endpoints,
            e =>
            {
                Assert.False(e.AllowsAnonymous, $"{e} allows anonymous callers.");
                Assert.True(
                    e.Policies.Count == 1 && e.Policies[0] == ExpectedPolicy(e),
                    $"{e} has policies [{string.Join(", ", e.Policies)}]; expected [{ExpectedPolicy(e)}]."
                );
            }
        );
    }

    /// <summary>Issue 14's template routes are in the scanned table (so the checks above cover them).</summary>
    [Fact]
    public void RouteTable_TemplateRoutes_AreRoutedWithReadForGetAndWriteOtherwise()
    {
        var templates = Endpoints()
            .Where(e => e.Pattern.StartsWith("api/admin/Template", StringComparison.Ordinal))
            .Select(e => $"{e.Method} {e.Pattern} {string.Join(",", e.Policies)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "DELETE api/admin/Template/{id:guid} Write",
                "GET api/admin/Template Read",
                "GET api/admin/Template/{id:guid} Read",
                "HEAD api/admin/Template Read",
                "HEAD api/admin/Template/{id:guid} Read",
                "POST api/admin/Template Write",
                "PUT api/admin/Template Write",
            ],
            templates
        );
    }

    /// <summary>Issue 15's page language route is in the scanned table, Admin only (so the fuzz tests reach it too).</summary>
    [Fact]
    public void RouteTable_PageLanguageRoute_IsAdminOnly()
    {
        var language = Endpoints()
            .Where(e => e.Pattern.StartsWith("api/admin/Page/Language", StringComparison.Ordinal))
            .Select(e => $"{e.Method} {e.Pattern} {string.Join(",", e.Policies)}")
            .ToList();

        Assert.Equal(["PUT api/admin/Page/Language Admin"], language);
    }

    [Fact]
    public async Task IntegrationReceivers_NameTheIntegrationPolicy_AndRefuseApiKeysOfEveryRole()
    {
        using var warmUp = factory.CreateClient();
        var receivers = AdminRouteTable.Read(factory.Services, "api/integrations/");
        var page = await factory.CreatePageClientAsync();

        Assert.Equal(2, receivers.Count);
        foreach (var receiver in receivers)
        {
            Assert.False(receiver.AllowsAnonymous, $"{receiver} allows anonymous callers.");
            Assert.Equal(["Integration"], receiver.Policies);
            // An Admin API key is not an integration token.
            var answer = await page.Http.PostJsonAsync(receiver.Url(), "{}");
            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Equal("Invalid or missing integration token.", answer.Message);
        }
    }

    [Fact]
    public async Task EveryAdminEndpoint_CalledWithEachRole_IsServedOrRefusedByItsPolicy()
    {
        var page = await factory.CreatePageClientAsync();
        var keys = new Dictionary<string, HttpClient> { ["Admin"] = page.Http };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            foreach (var role in new[] { "Read", "Write" })
            {
                CreatedApiKey key = await mediator.Send(
                    new CreateApiKeyCommand(page.Slug, role + " key", role),
                    TestContext.Current.CancellationToken
                );
                keys[role] = factory.CreateClientWithKey(key.Key);
            }
        }

        keys["None"] = factory.CreateClient();
        var failures = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var required = Array.IndexOf(Roles, ExpectedPolicy(endpoint));
            foreach (var (role, client) in keys)
            {
                var answer = await client.SendJsonAsync(
                    new HttpMethod(endpoint.Method),
                    endpoint.Url(),
                    endpoint.Method is "GET" or "DELETE" ? null : "{}"
                );
                var rank = Array.IndexOf(Roles, role);
                var expected =
                    role == "None" ? HttpStatusCode.Unauthorized
                    : rank < required ? HttpStatusCode.Forbidden
                    : (HttpStatusCode?)null;
                var ok = expected is { } status
                    ? answer.Status == status
                        && !answer.Success
                        && answer.Message
                            == (
                                status == HttpStatusCode.Forbidden
                                    ? "This API key is not allowed to perform this action."
                                    : "Invalid or missing API key."
                            )
                    : answer.Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                        && (int)answer.Status < 500;
                if (!ok)
                {
                    failures.Add($"{endpoint} as {role}: {(int)answer.Status} {answer.Raw}");
                }
            }
        }

        Assert.Empty(failures);
        // Every mutation above was either refused or invalid ("{}"): nothing changed.
        var (incidents, components, audit) = await factory.WithDbAsync(async db =>
            (
                await db.Incidents.CountAsync(
                    i => i.PageId == page.PageId,
                    TestContext.Current.CancellationToken
                ),
                await db.Components.CountAsync(
                    c => c.PageId == page.PageId,
                    TestContext.Current.CancellationToken
                ),
                await db.Set<AuditEntry>()
                    .CountAsync(a => a.PageId == page.PageId, TestContext.Current.CancellationToken)
            )
        );
        Assert.Equal((0, 0, 0), (incidents, components, audit));
    }
}
