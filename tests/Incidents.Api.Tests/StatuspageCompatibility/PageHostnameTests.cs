using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>
/// Per-page hostnames through the real pipeline: the admin API, a page served at the root of its
/// hostnames, and tenancy between hosts; run per database provider by the derived classes.
/// </summary>
public abstract class PageHostnameTests
{
    private readonly FakeClockApiFactory factory;

    protected PageHostnameTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewHost() => $"status-{Guid.NewGuid():N}.example.test";

    private static async Task<string> GetAsync(HttpClient client, string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        using var response = await client.SendAsync(request, Ct);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}";
    }

    private static async Task<HttpStatusCode> StatusAsync(
        HttpClient client,
        string host,
        string path,
        Dictionary<string, string>? headers = null
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task AdminApi_AddListRemove_NormalisesAndListsInOrder()
    {
        var page = await factory.CreatePageClientAsync();
        var host = NewHost();

        var added = await page.Http.PostJsonAsync(
            "/api/admin/Page/Hostname",
            new { Hostname = " " + host.ToUpperInvariant() + ". " }
        );
        var second = await page.Http.PostJsonAsync(
            "/api/admin/Page/Hostname",
            new { Hostname = "a-" + host }
        );
        var listed = await page.Http.GetEnvelopeAsync("/api/admin/Page/Hostname");
        var removed = await page.Http.DeleteEnvelopeAsync("/api/admin/Page/Hostname/a-" + host);

        Assert.True(added.Success, added.Raw);
        Assert.Equal("Hostname added successfully", added.Message);
        Assert.Equal([host], added.Result.EnumerateArray().Select(h => h.GetString()));
        Assert.True(second.Success, second.Raw);
        Assert.Equal(
            ["a-" + host, host],
            listed.Result.EnumerateArray().Select(h => h.GetString())
        );
        Assert.Equal("Hostname removed successfully", removed.Message);
        Assert.Equal([host], removed.Result.EnumerateArray().Select(h => h.GetString()));
    }

    [Theory]
    [InlineData("https://status.example.com")]
    [InlineData("status.example.com:8080")]
    [InlineData("status.example.com/path")]
    [InlineData("-bad.example.com")]
    [InlineData("under_score.example.com")]
    public async Task AdminApi_NotADnsName_Is400AndStoresNothing(string hostname)
    {
        var page = await factory.CreatePageClientAsync();

        var refused = await page.Http.PostJsonAsync(
            "/api/admin/Page/Hostname",
            new { Hostname = hostname }
        );
        var listed = await page.Http.GetEnvelopeAsync("/api/admin/Page/Hostname");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(refused.Success);
        Assert.Equal(
            "Hostname must be a DNS name such as status.example.com (no scheme, port or path).",
            refused.Message
        );
        Assert.Empty(listed.Result.EnumerateArray());
    }

    [Fact]
    public async Task AdminApi_HostnameOfAnotherPage_Is400AndNamesNoPage()
    {
        var first = await factory.CreatePageClientAsync();
        var second = await factory.CreatePageClientAsync();
        var host = NewHost();
        await first.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname = host });

        var refused = await second.Http.PostJsonAsync(
            "/api/admin/Page/Hostname",
            new { Hostname = host.ToUpperInvariant() }
        );

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal($"Hostname '{host}' is already used by another page.", refused.Message);
        Assert.DoesNotContain(first.Slug, refused.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminApi_WriteKey_Is403()
    {
        var page = await factory.CreatePageClientAsync();
        var created = await page.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "writer", Role = "Write" }
        );
        var writer = factory.CreateClientWithKey(created.Result.GetProperty("Key").GetString());

        var refused = await writer.PostJsonAsync(
            "/api/admin/Page/Hostname",
            new { Hostname = NewHost() }
        );

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task Host_ServesItsPageAtTheRoot_CaseInsensitiveAndIgnoringThePort()
    {
        var page = await factory.CreatePageClientAsync();
        var host = NewHost();
        await page.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname = host });
        var component = await page.Http.CreateComponentAsync("Host-served API");
        var incident = await page.Http.CreateIncidentAsync(
            "Host-served outage",
            "Major Outage",
            component
        );
        var anonymous = factory.CreateClient();

        var root = await GetAsync(anonymous, host.ToUpperInvariant() + ":8443", "/");
        var history = await GetAsync(anonymous, host, "/history");
        var permalink = await GetAsync(anonymous, host, $"/incidents/{incident}");
        var atom = await GetAsync(anonymous, host, "/history.atom");
        var badge = await GetAsync(anonymous, host, "/badge.svg");
        var json = await GetAsync(anonymous, host, $"/api/public/{page.Slug}/summary");

        Assert.StartsWith("200 ", root, StringComparison.Ordinal);
        Assert.Contains("Host-served API", root, StringComparison.Ordinal);
        Assert.StartsWith("200 ", history, StringComparison.Ordinal);
        Assert.StartsWith("200 ", permalink, StringComparison.Ordinal);
        Assert.Contains("Host-served outage", permalink, StringComparison.Ordinal);
        Assert.Contains("Host-served outage", atom, StringComparison.Ordinal);
        Assert.StartsWith("200 <svg", badge, StringComparison.Ordinal);
        Assert.Contains("Host-served API", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostOfPageA_NeverShowsPageB()
    {
        var a = await factory.CreatePageClientAsync();
        var b = await factory.CreatePageClientAsync();
        var host = NewHost();
        await a.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname = host });
        await b.Http.CreateComponentAsync("Only on page B");
        var incidentOfB = await b.Http.CreateIncidentAsync("Outage of page B");
        var anonymous = factory.CreateClient();

        string[] paths =
        [
            $"/status/{b.Slug}",
            $"/status/{b.Slug}/history",
            $"/status/{b.Slug}/incidents/{incidentOfB}",
            $"/incidents/{incidentOfB}",
            $"/api/public/{b.Slug}/summary",
            $"/api/public/{b.Slug}/incidents/{incidentOfB}",
            "/status/default",
            $"/status/{b.Slug}/api/v2/summary.json",
            $"/api/v2/incidents/{incidentOfB}.json",
        ];
        foreach (var path in paths)
        {
            var answer = await GetAsync(anonymous, host, path);
            Assert.DoesNotContain("page B", answer, StringComparison.Ordinal);
            Assert.False(answer.StartsWith("200", StringComparison.Ordinal), $"{path}: {answer}");
        }
    }

    [Fact]
    public async Task UnknownHost_KeepsTodaysBehaviour()
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateComponentAsync("Served under its slug");
        var anonymous = factory.CreateClient();

        var bySlug = await GetAsync(anonymous, "unknown.example.test", $"/status/{page.Slug}");
        var root = await StatusAsync(anonymous, "unknown.example.test", "/");

        Assert.Contains("Served under its slug", bySlug, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, root);
    }

    [Fact]
    public async Task RemovedHostname_StopsServingThePage()
    {
        var page = await factory.CreatePageClientAsync();
        var host = NewHost();
        await page.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname = host });
        await page.Http.CreateComponentAsync("Removed host component");
        var anonymous = factory.CreateClient();
        var before = await GetAsync(anonymous, host, "/");

        await page.Http.DeleteEnvelopeAsync("/api/admin/Page/Hostname/" + host);
        var after = await GetAsync(anonymous, host, "/");

        Assert.Contains("Removed host component", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Removed host component", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHost_IsIgnoredUnlessForwardedHeadersAreEnabled()
    {
        var page = await factory.CreatePageClientAsync();
        var host = NewHost();
        await page.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname = host });
        await page.Http.CreateComponentAsync("Forwarded host component");
        var anonymous = factory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "unknown.example.test";
        request.Headers.Add("X-Forwarded-Host", host);
        using var response = await anonymous.SendAsync(request, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("Forwarded host component", html, StringComparison.Ordinal);
    }
}
