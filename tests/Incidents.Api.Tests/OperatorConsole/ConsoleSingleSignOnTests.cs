using System.Net;
using System.Text.RegularExpressions;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>The service configured for single sign-on with a <see cref="FakeOidcProvider"/> on loopback.</summary>
public sealed class SingleSignOnFactory : SqliteApiFactory
{
    public FakeOidcProvider Provider { get; } =
        FakeOidcProvider.StartAsync().GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Console:Oidc:Authority", Provider.Issuer);
        builder.UseSetting("Console:Oidc:ClientId", FakeOidcProvider.ClientId);
        builder.UseSetting("Console:Oidc:ClientSecret", FakeOidcProvider.ClientSecret);
        builder.UseSetting("Console:Oidc:DisplayName", "Test IdP");
        builder.UseSetting("Console:Oidc:AllowedDomains:0", "allowed.example.test");
        builder.UseSetting("Console:Oidc:RequireHttpsMetadata", "false");
        builder.UseSetting("Console:SignInPermitsPerMinute", "6000");
        builder.UseSetting("Console:SignInBurst", "1000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>
/// OpenID Connect end to end: the console's button sends the browser (an HttpClient keeping
/// cookies, following each redirect by hand across the two hosts) to the provider, which answers
/// with a code; the service exchanges it for a signed id_token and matches its verified email.
/// </summary>
public sealed partial class ConsoleSingleSignOnTests(SingleSignOnFactory factory)
    : IClassFixture<SingleSignOnFactory>
{
    private const string Password = "correct horse battery staple";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExistingUser_WithAVerifiedEmail_IsSignedIn()
    {
        var page = await factory.CreatePageClientAsync();
        var email = $"sso-{Guid.NewGuid():N}@example.test";
        await CreateUserAsync(email, page.Slug);
        using var browser = Client();

        var end = await SignInWithProviderAsync(browser, email.ToUpperInvariant(), verified: true);

        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.Equal("/admin", end.Headers.Location!.OriginalString);
        Assert.Equal(
            HttpStatusCode.OK,
            (await browser.GetAsync($"/admin/{page.Slug}", Ct)).StatusCode
        );
    }

    [Fact]
    public async Task UnknownEmail_IsRefused_AndNoUserIsCreated()
    {
        var email = $"stranger-{Guid.NewGuid():N}@example.test";
        using var browser = Client();

        var end = await SignInWithProviderAsync(browser, email, verified: true);

        Assert.Equal(HttpStatusCode.Forbidden, end.StatusCode);
        Assert.Contains(
            "No console user has this email address",
            await end.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email, Ct)));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await browser.GetAsync("/admin/account", Ct)).StatusCode
        );
    }

    [Fact]
    public async Task UnknownEmail_InAnAllowedDomain_CreatesAUserWithoutPages_AndSignsIn()
    {
        var email = $"new-{Guid.NewGuid():N}@Allowed.Example.Test";
        using var browser = Client();

        var end = await SignInWithProviderAsync(browser, email, verified: true);

        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email, Ct));
        Assert.False(user.IsOwner);
        Assert.False(
            await factory.WithDbAsync(db =>
                db.ConsoleMemberships.AnyAsync(m => m.UserId == user.Id, Ct)
            )
        );
        var home = await browser.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task UnverifiedEmail_IsRefused_EvenForAnExistingUser()
    {
        var page = await factory.CreatePageClientAsync();
        var email = $"unverified-{Guid.NewGuid():N}@allowed.example.test";
        await CreateUserAsync(email, page.Slug);
        using var browser = Client();

        var end = await SignInWithProviderAsync(browser, email, verified: false);

        Assert.Equal(HttpStatusCode.Forbidden, end.StatusCode);
        Assert.Contains(
            "did not confirm your email address",
            await end.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await browser.GetAsync($"/admin/{page.Slug}", Ct)).StatusCode
        );
    }

    [Fact]
    public async Task SignInPage_ShowsTheProvidersButton()
    {
        using var browser = Client();

        var html = await browser.GetStringAsync("/admin/signin", Ct);

        Assert.Contains("Sign in with Test IdP", html, StringComparison.Ordinal);
    }

    /// <summary>Button → provider's authorize endpoint → callback with the code → the console's decision.</summary>
    private async Task<HttpResponseMessage> SignInWithProviderAsync(
        HttpClient browser,
        string email,
        bool verified
    )
    {
        factory.Provider.NextUser = (email, verified);
        var signInPage = await browser.GetStringAsync("/admin/signin", Ct);
        var start = await browser.PostAsync(
            "/admin/signin/oidc",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = TokenPattern()
                        .Match(signInPage)
                        .Groups[1]
                        .Value,
                }
            ),
            Ct
        );
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.StartsWith(
            factory.Provider.Issuer + "/authorize?",
            authorize.AbsoluteUri,
            StringComparison.Ordinal
        );
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);

        using var atProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = await atProvider.GetAsync(authorize, Ct);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.Equal("/admin/signin/oidc/callback", callback.AbsolutePath);

        var afterCallback = await browser.GetAsync(callback.PathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.Redirect, afterCallback.StatusCode);
        Assert.Equal("/admin/signin/oidc/done", afterCallback.Headers.Location!.OriginalString);
        return await browser.GetAsync("/admin/signin/oidc/done", Ct);
    }

    private HttpClient Client() =>
        factory.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
            }
        );

    private async Task CreateUserAsync(string email, string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(
                new CreateConsoleUserCommand(email, "Write", slug, Password, ConsoleActor.Cli),
                Ct
            );
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
