using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Audit;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.PrivatePages;

/// <summary>
/// Private pages (issue 15) through the real pipeline: every public route of a Password and a
/// Restricted page anonymously, with a session, with another page's session, with the feed token;
/// the cookie's flags, the snapshot cache, sign-in links over real SMTP, the IP allow-list and the
/// limits on failed passwords. Run per database provider by the derived classes.
/// </summary>
public abstract partial class PrivatePageTests
{
    public const string Password = "correct horse battery";
    private const string SignInRequired = "This status page is private: sign in to read it.";

    private readonly PrivatePagesFixture _fixture;

    protected PrivatePageTests(PrivatePagesFixture fixture)
    {
        _fixture = fixture;
        if (fixture.SkipReason is not null)
        {
            Assert.Skip(fixture.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A page with a component, an open incident and the given access; its secrets are what must not leak.</summary>
    private async Task<SeededPage> SeedAsync(object access)
    {
        var page = await _fixture.CreatePageAsync();
        var component = "Component " + Guid.NewGuid().ToString("N")[..10];
        var title = "Incident " + Guid.NewGuid().ToString("N")[..10];
        var componentId = await page.Http.CreateComponentAsync(component);
        var incidentId = await page.Http.CreateIncidentAsync(title, "Major Outage", componentId);
        var changed = await page.Http.PutJsonAsync("/api/admin/Page/Access", access);
        Assert.True(changed.Success, changed.Raw);
        return new SeededPage(page, component, title, incidentId);
    }

    private static object PasswordAccess(string password = Password) =>
        new { Visibility = "Password", Password = password };

    private static IEnumerable<(string Path, RouteKind Kind, bool Exists)> Routes(
        string slug,
        Guid incidentId
    )
    {
        var unknown = Guid.NewGuid();
        var s = "/status/" + slug;
        var p = "/api/public/" + slug;
        yield return (s, RouteKind.Html, true);
        yield return (s + "/history", RouteKind.Html, true);
        yield return (s + "/history?month=2026-06", RouteKind.Html, true);
        yield return ($"{s}/incidents/{incidentId}", RouteKind.Html, true);
        yield return ($"{s}/incidents/{unknown}", RouteKind.Html, false);
        yield return ($"{s}/maintenance/{unknown}", RouteKind.Html, false);
        yield return (s + "/history.atom", RouteKind.Feed, true);
        yield return (s + "/history.rss", RouteKind.Feed, true);
        yield return (s + "/maintenance.ics", RouteKind.Feed, true);
        yield return (s + "/badge.svg", RouteKind.Feed, true);
        yield return (s + "/events", RouteKind.Events, true);
        yield return (p + "/summary", RouteKind.Json, true);
        yield return (p + "/components", RouteKind.Json, true);
        yield return (p + "/incidents", RouteKind.Json, true);
        yield return (p + "/incidents?page=2", RouteKind.Json, true);
        yield return ($"{p}/incidents/{incidentId}", RouteKind.Json, true);
        yield return ($"{p}/incidents/{unknown}", RouteKind.Json, false);
        yield return (p + "/maintenance", RouteKind.Json, true);
        yield return (p + "/maintenance?status=completed", RouteKind.Json, true);
        yield return ($"{p}/maintenance/{unknown}", RouteKind.Json, false);
        foreach (
            var v2 in new[]
            {
                "summary.json",
                "status.json",
                "components.json",
                "incidents.json",
                "incidents/unresolved.json",
                "scheduled-maintenances.json",
                "scheduled-maintenances/upcoming.json",
                "scheduled-maintenances/active.json",
            }
        )
        {
            yield return ($"{s}/api/v2/{v2}", RouteKind.Json, true);
        }

        yield return ($"{s}/api/v2/incidents/{incidentId:N}.json", RouteKind.Json, true);
        yield return ($"{s}/api/v2/incidents/{unknown:N}.json", RouteKind.Json, false);
    }

    private static async Task<(
        HttpStatusCode Status,
        string Body,
        HttpResponseMessage Response
    )> GetAsync(HttpClient visitor, string path, string? cookie = null, string method = "GET")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await visitor.SendAsync(
            request,
            HttpCompletionOption.ResponseHeadersRead,
            Ct
        );
        if (path.EndsWith("/events", StringComparison.Ordinal) && response.IsSuccessStatusCode)
        {
            // A live stream: its headers are the answer; closing it ends the request.
            response.Dispose();
            return (response.StatusCode, string.Empty, response);
        }

        var body = await response.Content.ReadAsStringAsync(Ct);
        response.Dispose();
        return (response.StatusCode, body, response);
    }

    private static async Task<HttpResponseMessage> PostSubscribeAsync(
        HttpClient visitor,
        string slug,
        bool form,
        string? cookie = null
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/{slug}/subscribe")
        {
            Content = form
                ? new FormUrlEncodedContent(
                    new Dictionary<string, string> { ["Email"] = "reader@example.org" }
                )
                : new StringContent(
                    "{\"Email\":\"reader@example.org\"}",
                    Encoding.UTF8,
                    "application/json"
                ),
        };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await visitor.SendAsync(request, Ct);
    }

    /// <summary>Every route of the page, anonymously: a redirect to sign-in or a 401 envelope, and nothing of the page in either.</summary>
    private static async Task AssertNoAccessAsync(
        SeededPage seeded,
        HttpClient visitor,
        string? cookie = null
    )
    {
        var slug = seeded.Page.Slug;
        foreach (var (path, kind, _) in Routes(slug, seeded.IncidentId))
        {
            foreach (var method in new[] { "GET", "HEAD" })
            {
                if (kind == RouteKind.Events && method == "HEAD")
                {
                    continue;
                }

                var (status, body, response) = await GetAsync(visitor, path, cookie, method);
                if (kind == RouteKind.Html)
                {
                    Assert.True(status == HttpStatusCode.Redirect, $"{method} {path}: {status}");
                    Assert.StartsWith(
                        $"/status/{slug}/signin?ReturnUrl=",
                        response.Headers.Location?.OriginalString,
                        StringComparison.Ordinal
                    );
                    Assert.Equal(string.Empty, body);
                }
                else
                {
                    Assert.True(
                        status == HttpStatusCode.Unauthorized,
                        $"{method} {path}: {status} {body}"
                    );
                    if (method == "GET")
                    {
                        Assert.Equal(
                            $"{{\"Success\":false,\"Result\":null,\"Message\":\"{SignInRequired}\"}}",
                            body
                        );
                    }
                }

                Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
                AssertLeaksNothing(seeded, path, body + response.Headers.Location);
            }
        }

        foreach (var form in new[] { false, true })
        {
            using var subscribe = await PostSubscribeAsync(visitor, slug, form, cookie);
            var body = await subscribe.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, subscribe.StatusCode);
            AssertLeaksNothing(seeded, "subscribe", body);
        }
    }

    private static void AssertLeaksNothing(SeededPage seeded, string path, string body)
    {
        Assert.DoesNotContain(seeded.ComponentName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(seeded.IncidentTitle, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret page", body, StringComparison.Ordinal);
        Assert.False(
            body.Contains(seeded.IncidentId.ToString(), StringComparison.OrdinalIgnoreCase)
                && !path.Contains(seeded.IncidentId.ToString(), StringComparison.Ordinal),
            $"{path} names the incident id: {body}"
        );
    }

    /// <summary>Every route with access: the page's data (unknown ids: 404, as on a public page).</summary>
    private static async Task AssertAccessAsync(
        SeededPage seeded,
        HttpClient visitor,
        string? cookie = null
    )
    {
        foreach (var (path, kind, exists) in Routes(seeded.Page.Slug, seeded.IncidentId))
        {
            var (status, body, response) = await GetAsync(visitor, path, cookie);
            Assert.True(
                status == (exists ? HttpStatusCode.OK : HttpStatusCode.NotFound),
                $"{path}: {status} {body}"
            );
            if (exists && kind != RouteKind.Events)
            {
                Assert.Contains("private", response.Headers.CacheControl?.ToString() ?? "");
            }

            if (path.EndsWith("/summary", StringComparison.Ordinal))
            {
                Assert.Contains(seeded.ComponentName, body, StringComparison.Ordinal);
                Assert.Contains(seeded.IncidentTitle, body, StringComparison.Ordinal);
            }
        }

        using var subscribe = await PostSubscribeAsync(visitor, seeded.Page.Slug, false, cookie);
        Assert.Equal(HttpStatusCode.OK, subscribe.StatusCode);
    }

    /// <summary>Signs in like a browser: the form's antiforgery token and cookie, then the password. Returns the session cookie (name=value) or null.</summary>
    internal static async Task<(HttpResponseMessage Response, string? Session)> SignInAsync(
        HttpClient visitor,
        string slug,
        string password,
        string returnUrl = ""
    )
    {
        var (form, antiforgeryCookie) = await SignInFormAsync(visitor, slug);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/status/{slug}/signin")
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = form,
                    ["Password"] = password,
                    ["ReturnUrl"] = returnUrl,
                }
            ),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        var response = await visitor.SendAsync(request, Ct);
        return (response, SessionCookie(response));
    }

    private static async Task<(string Token, string Cookie)> SignInFormAsync(
        HttpClient visitor,
        string slug
    )
    {
        using var page = await visitor.GetAsync($"/status/{slug}/signin", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryField().Match(html).Groups["value"].Value;
        Assert.False(string.IsNullOrEmpty(token), html);
        var cookie = page
            .Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("incidents_antiforgery=", StringComparison.Ordinal));
        return (WebUtility.HtmlDecode(token), cookie.Split(';')[0]);
    }

    internal static string? SessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies
                .FirstOrDefault(c => c.StartsWith("incidents_page_", StringComparison.Ordinal))
                ?.Split(';')[0]
            : null;

    private static string? SetCookieHeader(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("incidents_page_", StringComparison.Ordinal))
            : null;

    private Task<int> AuditCountAsync(Guid pageId, string action) =>
        WithDbAsync(db =>
            db.Set<AuditEntry>().CountAsync(e => e.PageId == pageId && e.Action == action, Ct)
        );

    private async Task<T> WithDbAsync<T>(Func<IncidentsDbContext, Task<T>> action)
    {
        await using var scope = _fixture.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IncidentsDbContext>());
    }

    [GeneratedRegex(
        "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\""
    )]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("https?://[^\\s\"<>]+/signin/link\\?token=[^\\s\"<>]+")]
    private static partial Regex SignInLink();

    private enum RouteKind
    {
        Html,
        Json,
        Feed,
        Events,
    }

    private sealed record SeededPage(
        PageClient Page,
        string ComponentName,
        string IncidentTitle,
        Guid IncidentId
    );
}
