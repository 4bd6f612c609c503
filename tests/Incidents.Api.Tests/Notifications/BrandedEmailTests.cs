using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.Notifications;

/// <summary>Mail of a branded page over real SMTP: its logo heads the HTML part, its accent colours it.</summary>
public sealed class BrandedEmailTests(SqliteNotificationsFixture fixture)
    : IClassFixture<SqliteNotificationsFixture>
{
    [Fact]
    public async Task IncidentMail_OfABrandedPage_CarriesItsLogoAndAccent_AndAPlainPageNone()
    {
        var branded = await fixture.Host.CreatePageClientAsync("Acme Status");
        var plain = await fixture.Host.CreatePageClientAsync("Plain Status");
        await BrandingSamples.BrandAsync(branded.Http);
        var logoUrl = (await branded.Http.GetEnvelopeAsync("/api/admin/Page/Branding"))
            .Result.GetProperty("Logo")
            .GetProperty("Url")
            .GetString();
        var brandedAddress = $"brand-{Guid.NewGuid():N}@example.test";
        var plainAddress = $"plain-{Guid.NewGuid():N}@example.test";
        foreach (var (page, address) in new[] { (branded, brandedAddress), (plain, plainAddress) })
        {
            var created = await page.Http.PostJsonAsync(
                "/api/admin/Subscriber",
                new { Type = "Email", Email = address }
            );
            Assert.True(created.Success, created.Raw);
            await page.Http.CreateIncidentAsync(title: "Checkout errors");
        }

        var mail = (
            await Eventually.WaitAsync(
                () => fixture.Smtp.To(brandedAddress),
                m => m.Count == 1,
                "the branded mail"
            )
        )[0];
        var plainMail = (
            await Eventually.WaitAsync(
                () => fixture.Smtp.To(plainAddress),
                m => m.Count == 1,
                "the plain mail"
            )
        )[0];

        Assert.StartsWith(
            "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><body><div style=\"border-top:4px solid #1a5fb4;padding-top:8px\">"
                + $"<p><img src=\"http://localhost{logoUrl}\" alt=\"Acme Status\" height=\"40\" width=\"120\"></p>",
            mail.HtmlBody,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<a style=\"color:#1a5fb4\" href=\"http://localhost/status/",
            mail.HtmlBody,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("<img", plainMail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"color:", plainMail.HtmlBody, StringComparison.Ordinal);
    }
}
