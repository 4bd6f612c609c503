using System.Net;
using System.Text.RegularExpressions;
using Incidents.Api.OperatorConsole;
using Incidents.Api.Tests.ScaleOut;
using Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Domain.ApiKeys;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// Two instances on one PostgreSQL database (and Redis): a session signed in on A is accepted by B
/// (Data Protection keys shared through the database), and "sign out everywhere" on A ends it on B.
/// </summary>
public sealed partial class ConsoleTwoInstancesTests : IClassFixture<TwoInstancesFixture>
{
    private readonly TwoInstancesFixture _fixture;

    public ConsoleTwoInstancesTests(TwoInstancesFixture fixture)
    {
        _fixture = fixture;
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionFromInstanceA_IsAcceptedByB_AndSignOutEverywhereOnA_EndsItOnB()
    {
        var page = await _fixture.A.CreatePageClientAsync();
        var email = $"two-{Guid.NewGuid():N}@example.test";
        await using (var scope = _fixture.A.Services.CreateAsyncScope())
        {
            await scope
                .ServiceProvider.GetRequiredService<IMediator>()
                .Send(
                    new CreateConsoleUserCommand(
                        email,
                        nameof(ApiKeyRole.Write),
                        page.Slug,
                        ConsoleFactory.Password,
                        ConsoleActor.Cli
                    ),
                    Ct
                );
        }

        // One cookie jar for both: cookies belong to the host (127.0.0.1), not to the port.
        var cookies = new CookieContainer();
        using var a = Client(_fixture.A.BaseAddress, cookies);
        using var b = Client(_fixture.B.BaseAddress, cookies);
        var signIn = await PostFormAsync(
            a,
            "/admin/signin",
            "/admin/signin",
            new() { ["Email"] = email, ["Password"] = ConsoleFactory.Password }
        );
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var onB = await b.GetAsync($"/admin/{page.Slug}", Ct);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains(
            "Declare an incident",
            await onB.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );

        // A token issued by B is accepted by A as well (one key ring).
        var declared = await PostFormAsync(
            b,
            $"/admin/{page.Slug}/incidents/new",
            $"/admin/{page.Slug}/incidents",
            new() { ["Title"] = "Declared on B", ["Description"] = "Through instance B." },
            a
        );
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);

        // Keep the session cookie only, as a second device would have it.
        var session = cookies.GetAllCookies().Single(c => c.Name == ConsoleAuth.CookieName);
        var device = new CookieContainer();
        device.Add(new Cookie(session.Name, session.Value, session.Path, session.Domain));
        using var otherDevice = Client(_fixture.B.BaseAddress, device);
        Assert.Equal(
            HttpStatusCode.OK,
            (await otherDevice.GetAsync($"/admin/{page.Slug}", Ct)).StatusCode
        );

        var everywhere = await PostFormAsync(a, "/admin/account", "/admin/signout-everywhere", []);
        Assert.Equal(HttpStatusCode.Redirect, everywhere.StatusCode);
        var after = await otherDevice.GetAsync($"/admin/{page.Slug}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains(
            "/admin/signin",
            after.Headers.Location!.ToString(),
            StringComparison.Ordinal
        );
    }

    private static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };

    /// <summary>Gets the form's page (its antiforgery token) and posts the fields with it, as a browser does.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client,
        string formPage,
        string action,
        Dictionary<string, string> fields,
        HttpClient? postTo = null
    )
    {
        var html = await client.GetStringAsync(formPage, Ct);
        fields["__RequestVerificationToken"] = TokenPattern().Match(html).Groups[1].Value;
        return await (postTo ?? client).PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
