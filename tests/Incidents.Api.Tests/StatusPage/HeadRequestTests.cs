using System.Net;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// On real Kestrel (the in-memory test server would not drop a HEAD body as a real server does):
/// every GET resource answers HEAD with the GET's status and headers and no body — uptime monitors
/// and link checkers probe status pages, feeds and badges that way — and every answer, errors
/// included, carries nosniff.
/// </summary>
public sealed class HeadRequestTests(KestrelStatusPageFactory factory)
    : IClassFixture<KestrelStatusPageFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> PublicPaths =>
        [
            "/",
            "/status/{slug}",
            "/status/{slug}/history",
            "/status/{slug}/incidents/{incident}",
            "/status/{slug}/history.atom",
            "/status/{slug}/history.rss",
            "/status/{slug}/badge.svg",
            "/api/public/{slug}/summary",
            "/api/public/{slug}/components",
            "/api/public/{slug}/incidents",
            "/api/public/{slug}/incidents/{incident}",
            "/status/{slug}/maintenance/{maintenance}",
            "/status/{slug}/maintenance.ics",
            "/api/public/{slug}/maintenance",
            "/api/public/{slug}/maintenance/{maintenance}",
        ];

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Head_OnAPublicGetResource_AnswersLikeGetWithoutBody(string template)
    {
        var page = await factory.CreatePageClientAsync();
        var incident = await page.Http.CreateIncidentAsync("Probe me", "Partial Outage");
        var from = DateTimeOffset.UtcNow.AddDays(1);
        var maintenance = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                Title = "Probe me too",
                Description = "d",
                ScheduledFor = from,
                ScheduledUntil = from.AddHours(1),
            }
        );
        Assert.True(maintenance.Success, maintenance.Raw);
        var path = template
            .Replace("{slug}", page.Slug, StringComparison.Ordinal)
            .Replace("{incident}", incident.ToString(), StringComparison.Ordinal)
            .Replace(
                "{maintenance}",
                maintenance.Result.GetGuid().ToString(),
                StringComparison.Ordinal
            );
        using var anonymous = new HttpClient { BaseAddress = factory.BaseAddress };

        using var get = await anonymous.GetAsync(path, Ct);
        var getBody = await get.Content.ReadAsByteArrayAsync(Ct);
        using var head = await anonymous.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, path),
            Ct
        );
        var headBody = await head.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(headBody);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        if (head.Content.Headers.ContentLength is { } length)
        {
            Assert.Equal(getBody.Length, length);
        }
    }

    [Fact]
    public async Task Head_OnAnAdminGet_NeedsTheKeyLikeGet()
    {
        var page = await factory.CreatePageClientAsync();
        using var anonymous = new HttpClient { BaseAddress = factory.BaseAddress };

        using var withKey = await page.Http.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, "/api/admin/Incident"),
            Ct
        );
        using var withoutKey = await anonymous.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, "/api/admin/Incident"),
            Ct
        );

        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Empty(await withKey.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
    }

    [Fact]
    public async Task Head_OnAWriteOnlyRoute_Is405()
    {
        var page = await factory.CreatePageClientAsync();

        using var response = await page.Http.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, "/api/admin/Incident/ResolveIncident"),
            Ct
        );

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Head_OnTheSubscriptionConfirmationLink_Is405_BecauseOpeningItConfirms()
    {
        var page = await factory.CreatePageClientAsync();
        using var anonymous = new HttpClient { BaseAddress = factory.BaseAddress };
        var link = $"/api/public/{page.Slug}/subscribe/confirm?token=not-a-token";

        using var head = await anonymous.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, link),
            Ct
        );
        using var get = await anonymous.GetAsync(link, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode); // GET still runs it (unknown token)
    }

    [Fact]
    public async Task EveryAnswer_IncludingErrorEnvelopes_CarriesNoSniff()
    {
        var page = await factory.CreatePageClientAsync();
        using var anonymous = new HttpClient { BaseAddress = factory.BaseAddress };

        using var ok = await page.Http.GetAsync("/api/admin/Incident", Ct);
        using var unauthorized = await anonymous.GetAsync("/api/admin/Incident", Ct);
        using var notFound = await page.Http.GetAsync("/api/admin/NoSuchThing", Ct);
        using var notAllowed = await page.Http.DeleteAsync("/api/admin/Incident", Ct);
        using var unknownPage = await anonymous.GetAsync(
            "/status/no-such-page-" + Guid.NewGuid(),
            Ct
        );

        Assert.All(
            new[] { ok, unauthorized, notFound, notAllowed, unknownPage },
            r =>
                Assert.Equal(
                    "nosniff",
                    Assert.Single(r.Headers.GetValues("X-Content-Type-Options"))
                )
        );
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, notAllowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
    }
}
