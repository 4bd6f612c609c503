using System.Net;
using System.Text.RegularExpressions;
using Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Domain.ApiKeys;
using Incidents.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// A console session as a browser without JavaScript holds it — the session cookie and the
/// antiforgery cookie — on the in-memory server of any provider's factory, for tests at the HTTP
/// level. Redirects are not followed, so their targets can be compared.
/// </summary>
public sealed partial class ConsoleHttpSession : IDisposable
{
    public const string Password = "correct horse battery staple";

    private ConsoleHttpSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<ConsoleHttpSession> SignInAsync(
        WebApplicationFactory<Program> factory,
        Guid pageId,
        ApiKeyRole role
    )
    {
        var email = $"u-{Guid.NewGuid():N}@example.test";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var slug = await scope
                .ServiceProvider.GetRequiredService<IncidentsDbContext>()
                .StatusPages.Where(p => p.Id == pageId)
                .Select(p => p.Slug)
                .SingleAsync();
            // Through the same command as the CLI and the users page (one write path).
            await scope
                .ServiceProvider.GetRequiredService<IMediator>()
                .Send(
                    new CreateConsoleUserCommand(
                        email,
                        role.ToString(),
                        slug,
                        Password,
                        ConsoleActor.Cli
                    ),
                    CancellationToken.None
                );
        }

        var client = factory.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
            }
        );
        var session = new ConsoleHttpSession(client);
        var form = await session.GetFormAsync("/admin/signin", "action=\"/admin/signin\"");
        using var signedIn = await session.PostFormAsync(
            "/admin/signin",
            [.. form, new("Email", email), new("Password", Password)]
        );
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        return session;
    }

    /// <summary>The hidden fields (antiforgery token, one-time key…) of the form whose tag contains <paramref name="formMarker"/>.</summary>
    public async Task<List<KeyValuePair<string, string>>> GetFormAsync(
        string path,
        string formMarker
    )
    {
        var html = await Client.GetStringAsync(path, TestContext.Current.CancellationToken);
        return HiddenFields(html, formMarker);
    }

    public static List<KeyValuePair<string, string>> HiddenFields(string html, string formMarker)
    {
        var start = html.IndexOf(formMarker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No form with {formMarker} in the page.");
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        return
        [
            .. Input()
                .Matches(html[start..end])
                .Select(m => m.Value)
                .Where(tag => Attribute(tag, "type") == "hidden")
                .Select(tag => new KeyValuePair<string, string>(
                    Attribute(tag, "name")!,
                    Attribute(tag, "value") ?? ""
                )),
        ];
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    public async Task<HttpResponseMessage> PostFormAsync(
        string path,
        IEnumerable<KeyValuePair<string, string>> fields
    )
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Input();
}
