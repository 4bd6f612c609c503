using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Incidents.Api.Tests.Localization;

/// <summary>
/// The visitor's language (ADR 0125): each language renders the page, the order of the sources
/// (?lang, the switcher's cookie, Accept-Language, the page's default), the cache per language,
/// translated incident and maintenance text with its fallback, and the validation of language
/// codes. Run per database provider by the derived classes.
/// </summary>
public abstract class VisitorLanguageTests
{
    private const string CultureCookie = ".AspNetCore.Culture";

    private readonly FakeClockApiFactory factory;

    protected VisitorLanguageTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A snapshot of key strings per language: banner, headings, footer.</summary>
    public static TheoryData<string, string, string, string, string> Languages =>
        new()
        {
            {
                "en",
                "All Systems Operational",
                "Components",
                "No active incidents.",
                "Incident history"
            },
            {
                "de",
                "Alle Systeme funktionieren",
                "Komponenten",
                "Keine aktiven Störungen.",
                "Störungsverlauf"
            },
            {
                "fr",
                "Tous les systèmes sont opérationnels",
                "Composants",
                "Aucun incident en cours.",
                "Historique des incidents"
            },
            {
                "es",
                "Todos los sistemas operativos",
                "Componentes",
                "No hay incidentes activos.",
                "Historial de incidentes"
            },
            {
                "ja",
                "すべてのシステムが正常に稼働中",
                "コンポーネント",
                "発生中のインシデントはありません。",
                "インシデント履歴"
            },
        };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Page_InEachLanguage_ShowsItsTextAndLangAttribute(
        string language,
        string banner,
        string componentsHeading,
        string noIncidents,
        string history
    )
    {
        var page = await factory.CreatePageClientAsync();
        var database = await page.Http.CreateComponentAsync("Database", "Degraded Performance");

        var html = WebUtility.HtmlDecode(
            await factory.CreateClient().GetHtmlAsync($"/status/{page.Slug}?lang={language}")
        );

        Assert.Contains($"<html lang=\"{language}\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Equal(
            Expected(language, "Degraded Performance"),
            StatusPageHtml.ComponentStatus(html, database)
        );
        Assert.Contains($">{componentsHeading}</h2>", html, StringComparison.Ordinal);
        Assert.Contains(noIncidents, html, StringComparison.Ordinal);
        Assert.Contains($">{history}</a>", html, StringComparison.Ordinal);

        // The banner on an all-operational page.
        var quiet = await factory.CreatePageClientAsync();
        var quietHtml = WebUtility.HtmlDecode(
            await factory.CreateClient().GetHtmlAsync($"/status/{quiet.Slug}?lang={language}")
        );
        Assert.Equal(banner, StatusPageHtml.Banner(quietHtml));
    }

    [Fact]
    public async Task Language_FromEachSource_QueryBeatsCookieBeatsAcceptLanguageBeatsPageDefault()
    {
        var page = await factory.CreatePageClientAsync();
        var changed = await page.Http.PutJsonAsync(
            "/api/admin/Page/Language",
            new { DefaultLanguage = "fr" }
        );
        Assert.True(changed.Success, changed.Raw);
        Assert.Equal("fr", changed.Result.GetString());
        Assert.Equal("Default language changed successfully", changed.Message);
        var url = $"/status/{page.Slug}";

        Assert.Equal("fr", await LanguageOfAsync(url, null, null));
        Assert.Equal("es", await LanguageOfAsync(url, null, "es-MX,es;q=0.9,en;q=0.5"));
        // A language the page has no text for is skipped: the next source decides.
        Assert.Equal("fr", await LanguageOfAsync(url, null, "pt-BR"));
        Assert.Equal("de", await LanguageOfAsync(url, null, "de-AT"));
        Assert.Equal("de", await LanguageOfAsync(url, "de", "es"));
        Assert.Equal("ja", await LanguageOfAsync(url + "?lang=ja", "de", "es"));
        Assert.Equal("es", await LanguageOfAsync(url + "?lang=xx", null, "es"));
        Assert.Equal("de", await LanguageOfAsync(url + "?lang=DE", null, null));
    }

    [Fact]
    public async Task Switcher_RemembersTheLanguageInACookieAndGoesBack()
    {
        var page = await factory.CreatePageClientAsync();
        var client = factory.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }
        );

        var html = await client.GetHtmlAsync($"/status/{page.Slug}/history");
        var link =
            $"/status/{page.Slug}/language/de?return={Uri.EscapeDataString($"/status/{page.Slug}/history")}";
        Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);

        using var switched = await client.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal($"/status/{page.Slug}/history", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{CultureCookie}=c%3Dde%7Cuic%3Dde;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        // Never to another site; an unknown language sets nothing.
        using var offsite = await client.GetAsync(
            $"/status/{page.Slug}/language/fr?return=%2F%2Fevil.example",
            Ct
        );
        Assert.Equal($"/status/{page.Slug}", offsite.Headers.Location?.OriginalString);
        using var unknown = await client.GetAsync($"/status/{page.Slug}/language/xx", Ct);
        Assert.False(unknown.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Cache_KeepsOneAnswerPerLanguage_RenderedOnce()
    {
        var page = await factory.CreatePageClientAsync();
        var client = factory.CreateClient();
        var url = $"/status/{page.Slug}";

        using var english = await client.GetAsync(url, Ct);
        using var german = await GetWithAsync(client, url, null, "de");
        using var englishAgain = await client.GetAsync(url, Ct);
        using var germanAgain = await GetWithAsync(client, url, null, "de");

        Assert.Contains("lang=\"en\"", await ReadAsync(englishAgain), StringComparison.Ordinal);
        Assert.Contains("lang=\"de\"", await ReadAsync(germanAgain), StringComparison.Ordinal);
        // Hits carry Age; the first answer of each language was rendered.
        Assert.False(english.Headers.Contains("Age"));
        Assert.False(german.Headers.Contains("Age"));
        Assert.True(englishAgain.Headers.Contains("Age"));
        Assert.True(germanAgain.Headers.Contains("Age"));
        Assert.NotEqual(english.Headers.ETag, german.Headers.ETag);
        Assert.Contains("Accept-Language", germanAgain.Headers.Vary);
    }

    [Fact]
    public async Task TranslatedIncident_ShowsTheVisitorsLanguage_ElseThePagesText()
    {
        var page = await factory.CreatePageClientAsync();
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "Database unavailable",
                TitleTranslations = new Dictionary<string, string>
                {
                    ["de"] = "Datenbank nicht erreichbar",
                    ["ja"] = "データベースに接続できません",
                },
                Description = "We are investigating.",
                Translations = new Dictionary<string, string> { ["DE"] = "Wir untersuchen das." },
                Status = "Investigating",
                Impact = "Major Outage",
            }
        );
        Assert.True(created.Success, created.Raw);
        var id = created.Result.GetGuid();
        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = id,
                Description = "Root cause found.",
                Translations = new Dictionary<string, string> { ["de"] = "Ursache gefunden." },
                Status = "Identified",
            }
        );
        Assert.True(updated.Success, updated.Raw);
        var anonymous = factory.CreateClient();

        var german = WebUtility.HtmlDecode(
            await anonymous.GetHtmlAsync($"/status/{page.Slug}/incidents/{id}?lang=de")
        );
        Assert.Contains("<h1>Datenbank nicht erreichbar</h1>", german, StringComparison.Ordinal);
        Assert.Contains("Wir untersuchen das.", german, StringComparison.Ordinal);
        Assert.Contains("Ursache gefunden.", german, StringComparison.Ordinal);
        Assert.Contains(">Ursache gefunden<", german, StringComparison.Ordinal);
        Assert.DoesNotContain("Root cause found.", german, StringComparison.Ordinal);
        Assert.Contains(">Wird untersucht</strong>", german, StringComparison.Ordinal);

        // No French text: the page's own (English) text, marked as English inside a French page.
        var french = WebUtility.HtmlDecode(
            await anonymous.GetHtmlAsync($"/status/{page.Slug}/incidents/{id}?lang=fr")
        );
        Assert.Contains("<h1>Database unavailable</h1>", french, StringComparison.Ordinal);
        Assert.Contains(
            "<div class=\"text\" lang=\"en\"><p>Root cause found.</p>",
            french,
            StringComparison.Ordinal
        );
        Assert.Contains(">Ursache gefunden<", german, StringComparison.Ordinal);

        // Japanese title, English description.
        var japanese = WebUtility.HtmlDecode(
            await anonymous.GetHtmlAsync($"/status/{page.Slug}?lang=ja")
        );
        Assert.Contains("データベースに接続できません", japanese, StringComparison.Ordinal);
        Assert.Contains("We are investigating.", japanese, StringComparison.Ordinal);

        // The admin API and the public JSON carry every translation (codes lower-cased).
        var admin = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal(
            "Datenbank nicht erreichbar",
            admin.Result.GetProperty("TitleTranslations").GetProperty("de").GetString()
        );
        var opening = admin
            .Result.GetProperty("Updates")
            .EnumerateArray()
            .Single(u => u.GetProperty("Description").GetString() == "We are investigating.");
        Assert.Equal(
            "Wir untersuchen das.",
            opening.GetProperty("Translations").GetProperty("de").GetString()
        );
        var publicJson = await anonymous.GetEnvelopeAsync(
            $"/api/public/{page.Slug}/incidents/{id}"
        );
        Assert.Equal(
            "データベースに接続できません",
            publicJson.Result.GetProperty("TitleTranslations").GetProperty("ja").GetString()
        );
    }

    [Fact]
    public async Task TranslatedMaintenance_ShowsTheVisitorsLanguage()
    {
        var page = await factory.CreatePageClientAsync();
        var from = factory.Time.GetUtcNow().AddDays(2);
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                Title = "Database upgrade",
                TitleTranslations = new Dictionary<string, string>
                {
                    ["es"] = "Actualización de la base de datos",
                },
                Description = "Planned upgrade.",
                Translations = new Dictionary<string, string>
                {
                    ["es"] = "Actualización prevista.",
                },
                ScheduledFor = from,
                ScheduledUntil = from.AddHours(2),
            }
        );
        Assert.True(created.Success, created.Raw);

        var spanish = WebUtility.HtmlDecode(
            await factory.CreateClient().GetHtmlAsync($"/status/{page.Slug}?lang=es")
        );
        var upcoming = StatusPageHtml.Section(spanish, "live-upcoming");
        Assert.Contains("Actualización de la base de datos", upcoming, StringComparison.Ordinal);
        Assert.Contains("Actualización prevista.", upcoming, StringComparison.Ordinal);
        Assert.Contains(">Programado<", upcoming, StringComparison.Ordinal);
        Assert.Contains(">Próximos mantenimientos</h2>", upcoming, StringComparison.Ordinal);
    }

    public static TheoryData<object, string> BadIncidents =>
        new()
        {
            {
                new
                {
                    Title = "t",
                    Description = "d",
                    Translations = new Dictionary<string, string> { ["xx"] = "x" },
                },
                "Translations: 'xx' is not a supported language (one of: en, de, fr, es, ja)."
            },
            {
                new
                {
                    Title = "t",
                    Description = "d",
                    Translations = new Dictionary<string, string> { ["de-DE"] = "x" },
                },
                "Translations: 'de-DE' is not a supported language (one of: en, de, fr, es, ja)."
            },
            {
                new
                {
                    Title = "t",
                    Description = "d",
                    Translations = new Dictionary<string, string> { ["de"] = " " },
                },
                "Translations: the 'de' text is empty."
            },
            {
                new
                {
                    Title = "t",
                    Description = "d",
                    Translations = new Dictionary<string, string>
                    {
                        ["fr"] = new string('x', 10_001),
                    },
                },
                "Translations: the 'fr' text must be at most 10000 characters."
            },
            {
                new
                {
                    Title = "t",
                    Description = "d",
                    TitleTranslations = new Dictionary<string, string>
                    {
                        ["ja"] = new string('x', 201),
                    },
                },
                "TitleTranslations: the 'ja' text must be at most 200 characters."
            },
            {
                new
                {
                    Title = "t",
                    Description = "d",
                    Translations = new Dictionary<string, string> { ["de"] = "a", ["DE"] = "b" },
                },
                "Translations: 'de' is given twice."
            },
        };

    [Theory]
    [MemberData(nameof(BadIncidents))]
    public async Task CreateIncident_WithBadTranslations_Is400AndWritesNothing(
        object body,
        string message
    )
    {
        var page = await factory.CreatePageClientAsync();

        var answer = await page.Http.PostJsonAsync("/api/admin/Incident", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Success);
        Assert.Equal(message, answer.Message);
        var list = await page.Http.GetEnvelopeAsync("/api/admin/Incident");
        Assert.Equal(0, list.Result.GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public async Task LanguageCodes_OutsideTheSupportedOnes_AreRefusedWhereverGiven()
    {
        var page = await factory.CreatePageClientAsync();
        const string pageMessage = "DefaultLanguage must be one of: en, de, fr, es, ja.";

        var language = await page.Http.PutJsonAsync(
            "/api/admin/Page/Language",
            new { DefaultLanguage = "klingon" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, language.Status);
        Assert.Equal(pageMessage, language.Message);
        var missing = await page.Http.PutJsonAsync("/api/admin/Page/Language", new { });
        Assert.Equal("DefaultLanguage is required.", missing.Message);

        var subscriber = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Email",
                Email = "a@example.test",
                Language = "xx",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, subscriber.Status);
        Assert.Equal("Language must be one of: en, de, fr, es, ja.", subscriber.Message);
        var subscribe = await factory
            .CreateClient()
            .PostJsonAsync(
                $"/api/public/{page.Slug}/subscribe",
                new { Email = "b@example.test", Language = "xx" }
            );
        Assert.Equal(HttpStatusCode.BadRequest, subscribe.Status);
        Assert.Equal("Language must be one of: en, de, fr, es, ja.", subscribe.Message);

        var update = await page.Http.PutJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                MaintenanceId = Guid.NewGuid(),
                Description = "d",
                Translations = new Dictionary<string, string> { ["zz"] = "x" },
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, update.Status);

        var subscribers = await page.Http.GetEnvelopeAsync("/api/admin/Subscriber");
        Assert.Equal(0, subscribers.Result.GetProperty("TotalCount").GetInt32());
        // The page kept its default.
        var html = await factory.CreateClient().GetHtmlAsync($"/status/{page.Slug}");
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribers_GetThePagesDefaultLanguage_UnlessTheyChoose()
    {
        var page = await factory.CreatePageClientAsync();
        Assert.True(
            (
                await page.Http.PutJsonAsync(
                    "/api/admin/Page/Language",
                    new { DefaultLanguage = "ja" }
                )
            ).Success
        );

        var chosen = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Email",
                Email = "chosen@example.test",
                Language = "DE",
            }
        );
        var defaulted = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new { Type = "Email", Email = "default@example.test" }
        );
        Assert.True(chosen.Success, chosen.Raw);
        Assert.True(defaulted.Success, defaulted.Raw);

        var list = await page.Http.GetEnvelopeAsync("/api/admin/Subscriber");
        var languages = list
            .Result.GetProperty("Items")
            .EnumerateArray()
            .ToDictionary(
                s => s.GetProperty("Email").GetString()!,
                s => s.GetProperty("Language").GetString()
            );
        Assert.Equal("de", languages["chosen@example.test"]);
        Assert.Equal("ja", languages["default@example.test"]);
    }

    private static string Expected(string language, string english) =>
        Incidents.Infrastructure.Text.PageText.Get(
            english,
            System.Globalization.CultureInfo.GetCultureInfo(language)
        );

    private async Task<string> LanguageOfAsync(string url, string? cookie, string? acceptLanguage)
    {
        using var response = await GetWithAsync(
            factory.CreateClient(),
            url,
            cookie,
            acceptLanguage
        );
        var html = await ReadAsync(response);
        var start = html.IndexOf("<html lang=\"", StringComparison.Ordinal) + 12;
        return html[start..html.IndexOf('"', start)];
    }

    private static async Task<HttpResponseMessage> GetWithAsync(
        HttpClient client,
        string url,
        string? cookie,
        string? acceptLanguage
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"{CultureCookie}=c%3D{cookie}%7Cuic%3D{cookie}");
        }

        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static Task<string> ReadAsync(HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(Ct);
}
