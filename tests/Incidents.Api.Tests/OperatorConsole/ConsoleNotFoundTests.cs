using System.Net;
using System.Text.RegularExpressions;
using Incidents.Api.OperatorConsole;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.ApiKeys;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// Under /admin, what does not exist — or exists where the user has no role — is one HTML page in
/// the console's layout with status 404, never the API's JSON envelope and never a hint of which.
/// </summary>
public sealed partial class ConsoleNotFoundTests(SqliteApiFactory factory)
    : IClassFixture<SqliteApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownIncident_AndAnotherPagesIncident_AreTheConsoles404Page()
    {
        var page = await factory.CreatePageClientAsync();
        var other = await factory.CreatePageClientAsync();
        var elsewhere = await other.Http.CreateIncidentAsync("Elsewhere", "Partial Outage");
        using var session = await ConsoleHttpSession.SignInAsync(
            factory,
            page.PageId,
            ApiKeyRole.Write
        );

        var unknown = await NotFoundPageAsync(
            session,
            $"/admin/{page.Slug}/incidents/{Guid.NewGuid()}"
        );
        var foreign = await NotFoundPageAsync(session, $"/admin/{page.Slug}/incidents/{elsewhere}");

        Assert.Equal(unknown, foreign);
        Assert.DoesNotContain("Elsewhere", foreign, StringComparison.Ordinal);
        // The page's own navigation stays: the user has a role on this page.
        Assert.Contains($"href=\"/admin/{page.Slug}\"", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_AndAPageWithoutARole_AnswerTheSame404Page()
    {
        var mine = await factory.CreatePageClientAsync();
        var notMine = await factory.CreatePageClientAsync();
        using var session = await ConsoleHttpSession.SignInAsync(
            factory,
            mine.PageId,
            ApiKeyRole.Admin
        );

        foreach (var suffix in new[] { "", "/incidents/new", $"/incidents/{Guid.NewGuid()}" })
        {
            var unknown = await NotFoundPageAsync(session, $"/admin/no-such-page{suffix}");
            var existing = await NotFoundPageAsync(session, $"/admin/{notMine.Slug}{suffix}");
            Assert.Equal(unknown, existing);
            Assert.DoesNotContain(notMine.Slug, existing, StringComparison.Ordinal);
        }

        // A forged POST to a page without a role: the same 404, and nothing declared.
        var fields = await session.GetFormAsync(
            $"/admin/{mine.Slug}/incidents/new",
            "id=\"declare-form\""
        );
        using var forged = await session.PostFormAsync(
            $"/admin/{notMine.Slug}/incidents",
            [.. fields, new("Title", "Forged"), new("Description", "Forged")]
        );
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var list = await notMine.Http.GetEnvelopeAsync("/api/admin/Incident?status=all");
        Assert.Equal(0, list.Result.GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public async Task UnknownRouteUnderAdmin_IsTheConsoles404Page_SignedInOrNot()
    {
        var page = await factory.CreatePageClientAsync();
        using var session = await ConsoleHttpSession.SignInAsync(
            factory,
            page.PageId,
            ApiKeyRole.Read
        );
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        await NotFoundPageAsync(session, $"/admin/{page.Slug}/no-such-thing");
        await NotFoundPageAsync(session, "/admin/a/b/c/d");
        using var response = await anonymous.GetAsync("/admin/a/b/c/d", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

        // Anonymous, a page that exists and one that does not look alike: sign in first.
        using var existing = await anonymous.GetAsync($"/admin/{page.Slug}", Ct);
        using var unknown = await anonymous.GetAsync("/admin/no-such-page", Ct);
        Assert.Equal(HttpStatusCode.Found, existing.StatusCode);
        Assert.Equal(HttpStatusCode.Found, unknown.StatusCode);
        Assert.Contains(
            "/admin/signin",
            existing.Headers.Location?.ToString(),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "/admin/signin",
            unknown.Headers.Location?.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task ReadUser_OnAWriteForm_GetsThe403PageInTheLayout_NotAnEnvelope()
    {
        var page = await factory.CreatePageClientAsync();
        using var session = await ConsoleHttpSession.SignInAsync(
            factory,
            page.PageId,
            ApiKeyRole.Read
        );

        using var response = await session.Client.GetAsync($"/admin/{page.Slug}/incidents/new", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Incidents console", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Success\"", html, StringComparison.Ordinal);
    }

    /// <summary>The 404 page's text, without the per-rendering values (tokens, form keys).</summary>
    private static async Task<string> NotFoundPageAsync(ConsoleHttpSession session, string path)
    {
        using var response = await session.Client.GetAsync(path, Ct);
        Assert.True(
            response.StatusCode == HttpStatusCode.NotFound,
            $"{path}: {response.StatusCode}"
        );
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Incidents console", html, StringComparison.Ordinal);
        Assert.Contains(ConsoleErrorPage.NotFoundMessage, html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Success\"", html, StringComparison.Ordinal);
        return InputValues().Replace(html, "value=\"\"");
    }

    [GeneratedRegex("value=\"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex InputValues();
}
