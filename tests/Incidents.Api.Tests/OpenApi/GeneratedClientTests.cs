using Incidents.Api.Tests.Infrastructure;
using Incidents.Client;

namespace Incidents.Api.Tests.OpenApi;

/// <summary>
/// The seed's whole example through the NSwag-generated client (src/Incidents.Client, built from
/// docs/openapi/v1.json) against the real service: what a consumer who generates a client gets.
/// </summary>
public sealed class GeneratedClientTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task SeedExample_ThroughTheGeneratedClient_BehavesAsTheSeedSays()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await factory.CreatePageClientAsync();
        var client = new IncidentsApiClient(page.Http);

        // A component without Description: the generated model must serialise it (issue 13).
        var component = await client.CreateComponentAsync(
            new ComponentCreateModel { Name = "Database", Group = "Backend" },
            cancellationToken: ct
        );
        Assert.Equal("Component created successfully", component.Message);

        var created = await client.CreateIncidentAsync(
            new IncidentCreateModel
            {
                Title = "Database Connectivity Issues",
                Description = "We are investigating reports of database timeouts.",
                Status = "Investigating",
                Impact = "Major Outage",
                AffectedComponents = [component.Result],
                IsNotify = true,
            },
            cancellationToken: ct
        );
        Assert.True(created.Success);
        Assert.Equal("Incident created successfully", created.Message);

        var updated = await client.UpdateIncidentAsync(
            new IncidentUpdateModel
            {
                IncidentId = created.Result,
                Description = "We have identified the root cause and are applying a fix.",
                Status = "Identified",
            },
            cancellationToken: ct
        );
        Assert.Equal("Incident updated successfully", updated.Message);

        var incident = (await client.GetIncidentAsync(created.Result, ct)).Result;
        Assert.NotNull(incident);
        Assert.Equal("Identified", incident.Status);
        Assert.Equal("Major Outage", incident.Impact);
        Assert.Equal([component.Result], incident.AffectedComponents);
        Assert.Equal(2, incident.Updates.Count);

        var resolved = await client.ResolveIncidentAsync(
            new ResolveIncidentModel { IncidentId = created.Result },
            idempotency_Key: "resolve-" + created.Result,
            cancellationToken: ct
        );
        Assert.Equal("Incident resolved successfully", resolved.Message);

        var again = await Assert.ThrowsAsync<IncidentsApiException<ApiErrorResponse>>(() =>
            client.ResolveIncidentAsync(
                new ResolveIncidentModel { IncidentId = created.Result },
                cancellationToken: ct
            )
        );
        Assert.Equal(400, again.StatusCode);
        Assert.Equal("Incident already resolved.", again.Message);
        Assert.False(again.Result.Success);

        var bad = await Assert.ThrowsAsync<IncidentsApiException<ApiErrorResponse>>(() =>
            client.CreateIncidentAsync(
                new IncidentCreateModel { Description = "No title" },
                cancellationToken: ct
            )
        );
        Assert.Equal(400, bad.StatusCode);
        Assert.Equal("Title is required.", bad.Message);

        using var anonymous = factory.CreateClientWithKey(null);
        var unauthorized = await Assert.ThrowsAsync<IncidentsApiException<ApiErrorResponse>>(() =>
            new IncidentsApiClient(anonymous).ListIncidentsAsync(cancellationToken: ct)
        );
        Assert.Equal(401, unauthorized.StatusCode);
        Assert.Equal("Invalid or missing API key.", unauthorized.Message);
    }

    [Fact]
    public async Task PublicSummary_ThroughTheGeneratedClient_NeedsNoKey()
    {
        var page = await factory.CreatePageClientAsync();
        using var anonymous = factory.CreateClientWithKey(null);

        var summary = await new IncidentsApiClient(anonymous).GetPublicSummaryAsync(
            page.Slug,
            TestContext.Current.CancellationToken
        );

        Assert.True(summary.Success);
        var missing = await Assert.ThrowsAsync<IncidentsApiException<ApiErrorResponse>>(() =>
            new IncidentsApiClient(anonymous).GetPublicSummaryAsync(
                "no-such-page",
                TestContext.Current.CancellationToken
            )
        );
        Assert.Equal(404, missing.StatusCode);
        Assert.Equal("Status page not found.", missing.Message);
    }
}
