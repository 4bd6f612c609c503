using System.Net;
using System.Text.RegularExpressions;
using Incidents.Api.OperatorConsole;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// The users page and invitations through the real service (cookies, antiforgery, SMTP), on each
/// provider: an Admin invites, the invitee sets a password from the mailed link and is signed in;
/// role changes and removals are audited with the person as actor; Read and Write get 403.
/// </summary>
public abstract partial class ConsoleUsersTests
{
    public const string Password = "correct horse battery staple";

    private readonly IncidentsApiFactory _factory;
    private readonly SmtpSink _smtp;

    protected ConsoleUsersTests(IncidentsApiFactory factory, SmtpSink smtp)
    {
        _factory = factory;
        _smtp = smtp;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Admin_InvitesAnEmail_TheInviteeSetsAPasswordFromTheMailedLink_AndIsSignedIn()
    {
        var page = await _factory.CreatePageClientAsync();
        var admin = await CreateUserAsync(page.Slug, "Admin");
        using var browser = await SignedInAsync(admin);
        var invitee = $"inv-{Guid.NewGuid():N}@example.test";

        var invited = await PostFormAsync(
            browser,
            $"/admin/{page.Slug}/users",
            $"/admin/{page.Slug}/users/invite",
            new() { ["Email"] = invitee, ["Role"] = "Write" }
        );
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        var listed = await invited.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"Invitation sent to {invitee}", listed, StringComparison.Ordinal);
        Assert.Contains(invitee, listed, StringComparison.Ordinal);

        var link = await InviteLinkAsync(invitee);
        Assert.StartsWith(
            "http://console.example.test/admin/invite?user=",
            link,
            StringComparison.Ordinal
        );
        using var guest = Client();
        var pathAndQuery = new Uri(link).PathAndQuery;
        var accepted = await PostFormAsync(
            guest,
            pathAndQuery,
            "/admin/invite",
            HiddenFields(
                await guest.GetStringAsync(pathAndQuery, Ct),
                "User",
                "Token",
                ("NewPassword", Password)
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var dashboard = await guest.GetAsync($"/admin/{page.Slug}", Ct);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        // The password works from now on; the link does not, a second time.
        using var later = await SignedInAsync(invitee);
        var again = await guest.GetAsync(pathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(
            ConsoleInviteController.InvalidInviteMessage.Split(':')[0],
            await again.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );

        var entries = await AuditAsync(page.PageId);
        Assert.Contains(entries, e => e.Action == "InviteConsoleUser" && e.ApiKeyName == admin);
        Assert.Contains(entries, e => e.Action == "SetOwnPassword" && e.ApiKeyName == invitee);
    }

    [Fact]
    public async Task Reinviting_ReplacesTheLink_TheOldOneIsRefusedWithAClearPage()
    {
        var page = await _factory.CreatePageClientAsync();
        var admin = await CreateUserAsync(page.Slug, "Admin");
        using var browser = await SignedInAsync(admin);
        var invitee = $"re-{Guid.NewGuid():N}@example.test";
        var form = new Dictionary<string, string> { ["Email"] = invitee, ["Role"] = "Read" };

        await PostFormAsync(
            browser,
            $"/admin/{page.Slug}/users",
            $"/admin/{page.Slug}/users/invite",
            new(form)
        );
        var first = await InviteLinkAsync(invitee);
        await PostFormAsync(
            browser,
            $"/admin/{page.Slug}/users",
            $"/admin/{page.Slug}/users/invite",
            new(form)
        );
        var second = await InviteLinkAsync(invitee, count: 2);

        Assert.NotEqual(first, second);
        using var guest = Client();
        var old = await guest.GetAsync(new Uri(first).PathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Contains(
            "a newer invitation replaced it",
            await old.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await guest.GetAsync(new Uri(second).PathAndQuery, Ct)).StatusCode
        );
    }

    [Fact]
    public async Task ExpiredOrForgedInviteLink_IsRefused()
    {
        using var guest = Client();

        var forged = await guest.GetAsync($"/admin/invite?user={Guid.NewGuid()}&token=nope", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(
            "Invitation link not valid",
            await forged.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Admin_ChangesARole_AndRemovesAccess_BothAudited_AndTheUserLosesThePage()
    {
        var page = await _factory.CreatePageClientAsync();
        var admin = await CreateUserAsync(page.Slug, "Admin");
        var writer = await CreateUserAsync(page.Slug, "Write");
        var writerId = await UserIdAsync(writer);
        using var browser = await SignedInAsync(admin);

        var changed = await PostFormAsync(
            browser,
            $"/admin/{page.Slug}/users",
            $"/admin/{page.Slug}/users/{writerId}/role",
            new() { ["role"] = "Read" }
        );
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Read", await RoleAsync(writerId, page.PageId));

        var removed = await PostFormAsync(
            browser,
            $"/admin/{page.Slug}/users",
            $"/admin/{page.Slug}/users/{writerId}/remove",
            []
        );
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Null(await RoleAsync(writerId, page.PageId));
        using var gone = await SignedInAsync(writer);
        // Without a role the page is not found, as any page they have no role on (ADR 161).
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await gone.GetAsync($"/admin/{page.Slug}", Ct)).StatusCode
        );

        var entries = await AuditAsync(page.PageId);
        Assert.Contains(
            entries,
            e =>
                e.Action == "ChangeConsoleUserRole"
                && e.ApiKeyName == admin
                && e.TargetId == writerId
        );
        Assert.Contains(
            entries,
            e =>
                e.Action == "RemoveConsoleUserAccess"
                && e.ApiKeyName == admin
                && e.TargetId == writerId
        );
        // The handler records these itself: the pipeline's behaviour adds no second entry.
        Assert.Single(entries, e => e.Action == "ChangeConsoleUserRole");
    }

    [Theory]
    [InlineData("Read")]
    [InlineData("Write")]
    public async Task ReadAndWriteUsers_SeeNoUsersLink_AndTheServerRefusesThePageAndItsForms(
        string role
    )
    {
        var page = await _factory.CreatePageClientAsync();
        var admin = await CreateUserAsync(page.Slug, "Admin");
        var user = await CreateUserAsync(page.Slug, role);
        var adminId = await UserIdAsync(admin);
        using var browser = await SignedInAsync(user);

        var dashboard = await browser.GetStringAsync($"/admin/{page.Slug}", Ct);
        Assert.DoesNotContain($"/admin/{page.Slug}/users", dashboard, StringComparison.Ordinal);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await browser.GetAsync($"/admin/{page.Slug}/users", Ct)).StatusCode
        );

        // A forged POST with a valid antiforgery token (from the dashboard) is refused as well.
        var token = TokenPattern().Match(dashboard).Groups[1].Value;
        foreach (
            var (action, fields) in new (string, Dictionary<string, string>)[]
            {
                ("invite", new() { ["Email"] = "x@example.test", ["Role"] = "Admin" }),
                ($"{adminId}/role", new() { ["role"] = "Read" }),
                ($"{adminId}/remove", []),
            }
        )
        {
            fields["__RequestVerificationToken"] = token;
            var forged = await browser.PostAsync(
                $"/admin/{page.Slug}/users/{action}",
                new FormUrlEncodedContent(fields),
                Ct
            );
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        Assert.Equal("Admin", await RoleAsync(adminId, page.PageId));
        Assert.Null(
            await _factory.WithDbAsync(db =>
                db.Users.FirstOrDefaultAsync(u => u.Email == "x@example.test", Ct)
            )
        );
    }

    [Fact]
    public async Task AdminsSeeTheUsersLink_AndInvalidInviteShowsTheMessageNextToTheField()
    {
        var page = await _factory.CreatePageClientAsync();
        var admin = await CreateUserAsync(page.Slug, "Admin");
        using var browser = await SignedInAsync(admin);
        Assert.Contains(
            $"/admin/{page.Slug}/users",
            await browser.GetStringAsync($"/admin/{page.Slug}", Ct),
            StringComparison.Ordinal
        );

        var bad = await PostFormAsync(
            browser,
            $"/admin/{page.Slug}/users",
            $"/admin/{page.Slug}/users/invite",
            new() { ["Email"] = "not-an-email", ["Role"] = "Write" }
        );

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Matches("id=\"Email-error\">Email must be an email address.<", html);
        Assert.Contains("value=\"not-an-email\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageAdmin_CannotDeleteAUser_ButAnOwnerCan_AndTheirSessionsEnd()
    {
        var page = await _factory.CreatePageClientAsync();
        var admin = await CreateUserAsync(page.Slug, "Admin");
        var owner = await CreateUserAsync(null, CreateConsoleUserCommand.OwnerRole);
        var writer = await CreateUserAsync(page.Slug, "Write");
        var writerId = await UserIdAsync(writer);
        using var writerSession = await SignedInAsync(writer);
        using var adminBrowser = await SignedInAsync(admin);

        Assert.DoesNotContain(
            "/delete",
            await adminBrowser.GetStringAsync($"/admin/{page.Slug}/users", Ct),
            StringComparison.Ordinal
        );
        var forged = await PostFormAsync(
            adminBrowser,
            $"/admin/{page.Slug}/users",
            $"/admin/{page.Slug}/users/{writerId}/delete",
            []
        );
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.NotNull(
            await _factory.WithDbAsync(db =>
                db.Users.FirstOrDefaultAsync(u => u.Id == writerId, Ct)
            )
        );

        using var ownerBrowser = await SignedInAsync(owner);
        var deleted = await PostFormAsync(
            ownerBrowser,
            $"/admin/{page.Slug}/users",
            $"/admin/{page.Slug}/users/{writerId}/delete",
            []
        );
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null(
            await _factory.WithDbAsync(db =>
                db.Users.FirstOrDefaultAsync(u => u.Id == writerId, Ct)
            )
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await writerSession.GetAsync($"/admin/{page.Slug}", Ct)).StatusCode
        );
        Assert.Contains(
            await AuditAsync(page.PageId),
            e => e.Action == "RemoveConsoleUser" && e.ApiKeyName == owner && e.TargetId == writerId
        );
    }

    private HttpClient Client() =>
        _factory.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
            }
        );

    private async Task<string> CreateUserAsync(string? slug, string role)
    {
        var email = $"u-{Guid.NewGuid():N}@example.test";
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CreateConsoleUserCommand(email, role, slug, Password, ConsoleActor.Cli), Ct);
        return email;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Client();
        var response = await PostFormAsync(
            client,
            "/admin/signin",
            "/admin/signin",
            new() { ["Email"] = email, ["Password"] = Password }
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private Task<Guid> UserIdAsync(string email) =>
        _factory.WithDbAsync(db =>
            db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct)
        );

    private Task<string?> RoleAsync(Guid userId, Guid pageId) =>
        _factory.WithDbAsync(async db =>
            (
                await db
                    .ConsoleMemberships.Where(m => m.UserId == userId && m.PageId == pageId)
                    .Select(m => (Incidents.Domain.ApiKeys.ApiKeyRole?)m.Role)
                    .FirstOrDefaultAsync(Ct)
            )?.ToString()
        );

    private Task<List<Incidents.Domain.Audit.AuditEntry>> AuditAsync(Guid pageId) =>
        _factory.WithDbAsync(db =>
            db.Set<Incidents.Domain.Audit.AuditEntry>()
                .Where(e => e.PageId == pageId)
                .ToListAsync(Ct)
        );

    /// <summary>The link of the <paramref name="count"/>-th invitation mailed to the address (mail is sent at once; a short wait covers the SMTP round trip).</summary>
    private async Task<string> InviteLinkAsync(string email, int count = 1)
    {
        for (var i = 0; i < 100 && _smtp.To(email).Count < count; i++)
        {
            await Task.Delay(100, Ct);
        }

        var message = _smtp.To(email)[count - 1];
        return LinkPattern().Match(message.TextBody ?? string.Empty).Value;
    }

    private static Dictionary<string, string> HiddenFields(
        string html,
        string first,
        string second,
        (string Name, string Value) extra
    ) =>
        new()
        {
            [first] = WebUtility.HtmlDecode(
                Regex.Match(html, $"name=\"{first}\" value=\"([^\"]*)\"").Groups[1].Value
            ),
            [second] = WebUtility.HtmlDecode(
                Regex.Match(html, $"name=\"{second}\" value=\"([^\"]*)\"").Groups[1].Value
            ),
            [extra.Name] = extra.Value,
        };

    /// <summary>Gets the form's page (its antiforgery token) and posts the fields with it, as a browser does.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client,
        string formPage,
        string action,
        Dictionary<string, string> fields
    )
    {
        var html = await client.GetStringAsync(formPage, Ct);
        fields["__RequestVerificationToken"] = TokenPattern().Match(html).Groups[1].Value;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"http://console\.example\.test/admin/invite\?\S+")]
    private static partial Regex LinkPattern();
}

public sealed class SqliteConsoleUsersTests(SqliteConsoleUsersFactory factory)
    : ConsoleUsersTests(factory, factory.Smtp),
        IClassFixture<SqliteConsoleUsersFactory>;

public sealed class PostgreSqlConsoleUsersTests(PostgreSqlConsoleUsersFactory factory)
    : ConsoleUsersTests(factory, factory.Smtp),
        IClassFixture<PostgreSqlConsoleUsersFactory>;
