using System.Net;
using System.Text.RegularExpressions;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// Mails in the subscriber's language (over real SMTP) and webhooks with every translation
/// (over real loopback HTTP).
/// </summary>
public sealed partial class LocalizedNotificationTests(SqliteNotificationsFixture fixture)
    : IClassFixture<SqliteNotificationsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Email_ToAGermanSubscriber_IsInGermanWithTheGermanText()
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        var database = await page.Http.CreateComponentAsync("Database");
        var german = $"de-{Guid.NewGuid():N}@example.test";
        var english = $"en-{Guid.NewGuid():N}@example.test";
        Assert.True(
            (
                await page.Http.PostJsonAsync(
                    "/api/admin/Subscriber",
                    new
                    {
                        Type = "Email",
                        Email = german,
                        Language = "de",
                    }
                )
            ).Success
        );
        Assert.True(
            (
                await page.Http.PostJsonAsync(
                    "/api/admin/Subscriber",
                    new { Type = "Email", Email = english }
                )
            ).Success
        );

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "Database unavailable",
                TitleTranslations = new Dictionary<string, string>
                {
                    ["de"] = "Datenbank nicht erreichbar",
                },
                Description = "We are investigating.",
                Translations = new Dictionary<string, string> { ["de"] = "Wir untersuchen das." },
                Status = "Investigating",
                Impact = "Major Outage",
                AffectedComponents = new[] { database },
                IsNotify = true,
            }
        );
        Assert.True(created.Success, created.Raw);

        var mail = (
            await Eventually.WaitAsync(
                () => fixture.Smtp.To(german),
                m => m.Count == 1,
                "the German mail"
            )
        )[0];
        Assert.Equal(
            "[Acme Status] Schwerer Ausfall: Datenbank nicht erreichbar — Wird untersucht",
            mail.Subject
        );
        Assert.Contains("Status: Wird untersucht", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Auswirkung: Schwerer Ausfall", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Wir untersuchen das.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(
            "Betroffene Komponenten: Database (Schwerer Ausfall)",
            mail.TextBody,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("We are investigating.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Statusseite ansehen", mail.HtmlBody, StringComparison.Ordinal);
        // Its links open the page and the unsubscribe page in German.
        var unsubscribe = Link(mail.Headers["List-Unsubscribe"], "/unsubscribe");
        Assert.EndsWith("&lang=de", unsubscribe, StringComparison.Ordinal);
        using var unsubscribePage = await fixture.Host.App.CreateClient().GetAsync(unsubscribe, Ct);
        Assert.Contains(
            "Keine Status-Updates mehr per E-Mail erhalten?",
            WebUtility.HtmlDecode(await unsubscribePage.Content.ReadAsStringAsync(Ct)),
            StringComparison.Ordinal
        );

        var englishMail = (
            await Eventually.WaitAsync(
                () => fixture.Smtp.To(english),
                m => m.Count == 1,
                "the English mail"
            )
        )[0];
        Assert.Equal(
            "[Acme Status] Major Outage: Database unavailable — Investigating",
            englishMail.Subject
        );
        Assert.Contains("We are investigating.", englishMail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=", englishMail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfService_FromTheGermanPage_ConfirmationMailIsInGerman()
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        var address = $"form-{Guid.NewGuid():N}@example.test";
        var anonymous = fixture.Host.App.CreateClient();

        using var answer = await anonymous.PostAsync(
            $"/api/public/{page.Slug}/subscribe?lang=de",
            new FormUrlEncodedContent([new("Email", address), new("Language", "de")]),
            Ct
        );
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync(Ct));
        Assert.Contains("<html lang=\"de\"", body, StringComparison.Ordinal);
        Assert.Contains("Sehen Sie in Ihrem Posteingang nach", body, StringComparison.Ordinal);

        var mail = (
            await Eventually.WaitAsync(
                () => fixture.Smtp.To(address),
                m => m.Count == 1,
                "the confirmation"
            )
        )[0];
        Assert.Equal("[Acme Status] Bestätigen Sie Ihr Abonnement", mail.Subject);
        var confirm = Link(mail.TextBody, "/subscribe/confirm");
        using var confirmed = await anonymous.GetAsync(confirm, Ct);
        Assert.Contains(
            "Abonnement bestätigt",
            WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync(Ct)),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Webhook_CarriesEveryTranslation()
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        var path = "translations-" + Guid.NewGuid().ToString("N");
        await page.Http.CreateWebhookSubscriberAsync(fixture.Sink.Url(path), "incident.created");

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "Database unavailable",
                TitleTranslations = new Dictionary<string, string>
                {
                    ["de"] = "Datenbank nicht erreichbar",
                    ["fr"] = "Base de données indisponible",
                },
                Description = "We are investigating.",
                Translations = new Dictionary<string, string>
                {
                    ["de"] = "Wir untersuchen das.",
                    ["ja"] = "調査中です。",
                },
                IsNotify = true,
            }
        );
        Assert.True(created.Success, created.Raw);

        var webhook = (
            await Eventually.WaitAsync(
                () => fixture.Sink.On(path),
                r => r.Count == 1,
                "the webhook"
            )
        )[0];
        var data = webhook.Json.GetProperty("data");
        var titles = data.GetProperty("incident").GetProperty("titleTranslations");
        Assert.Equal("Datenbank nicht erreichbar", titles.GetProperty("de").GetString());
        Assert.Equal("Base de données indisponible", titles.GetProperty("fr").GetString());
        var texts = data.GetProperty("update").GetProperty("translations");
        Assert.Equal("Wir untersuchen das.", texts.GetProperty("de").GetString());
        Assert.Equal("調査中です。", texts.GetProperty("ja").GetString());
        Assert.Equal(
            "We are investigating.",
            data.GetProperty("update").GetProperty("description").GetString()
        );
        Assert.Equal("en", data.GetProperty("page").GetProperty("language").GetString());
    }

    private static string Link(string? text, string marker)
    {
        var match = LinkPattern()
            .Matches(text ?? string.Empty)
            .FirstOrDefault(m => m.Value.Contains(marker, StringComparison.Ordinal));
        Assert.NotNull(match);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"http://localhost/[^\s<>""]+")]
    private static partial Regex LinkPattern();
}
