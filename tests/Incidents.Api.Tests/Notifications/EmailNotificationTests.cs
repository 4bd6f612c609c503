using System.Net;
using System.Text.RegularExpressions;
using Incidents.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Notifications;

/// <summary>Email over real SMTP: MailKit (the service) to an in-process SmtpServer on loopback.</summary>
public sealed partial class EmailNotificationTests(SqliteNotificationsFixture fixture)
    : IClassFixture<SqliteNotificationsFixture>
{
    private SmtpSink Smtp => fixture.Smtp;

    [Fact]
    public async Task SelfService_SubscribeConfirmNotifyUnsubscribe_MailsOnlyWhileSubscribed()
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        var anonymous = fixture.Host.App.CreateClient();
        var address = $"reader-{Guid.NewGuid():N}@example.test";
        var control = $"control-{Guid.NewGuid():N}@example.test";
        await CreateEmailSubscriberAsync(page, control);

        var subscribed = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address }
        );
        Assert.True(subscribed.Success, subscribed.Raw);
        var confirmation = (
            await Eventually.WaitAsync(
                () => Smtp.To(address),
                m => m.Count == 1,
                "the confirmation mail"
            )
        )[0];
        Assert.Contains("Confirm", confirmation.Subject, StringComparison.Ordinal);
        var confirmLink = Link(confirmation.TextBody, "/subscribe/confirm");

        // Not confirmed yet: the incident reaches the control subscriber only.
        await page.Http.CreateIncidentAsync(title: "Before confirming");
        await Eventually.WaitAsync(
            () => Smtp.To(control),
            m => m.Count == 1,
            "the control's first mail"
        );
        using (
            var confirmed = await anonymous.GetAsync(
                confirmLink,
                TestContext.Current.CancellationToken
            )
        )
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Contains(
                "confirmed",
                await confirmed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
                StringComparison.OrdinalIgnoreCase
            );
        }

        await page.Http.CreateIncidentAsync(title: "After confirming");
        var mails = await Eventually.WaitAsync(
            () => Smtp.To(address),
            m => m.Count == 2,
            "the incident mail"
        );
        var incidentMail = mails[1];
        Assert.Equal(
            "[Acme Status] Major Outage: After confirming — Investigating",
            incidentMail.Subject
        );
        var unsubscribeHeader = incidentMail.Headers["List-Unsubscribe"];
        Assert.Equal("List-Unsubscribe=One-Click", incidentMail.Headers["List-Unsubscribe-Post"]);
        var unsubscribeLink = Link(unsubscribeHeader, "/unsubscribe");
        Assert.Contains(unsubscribeLink, incidentMail.TextBody, StringComparison.Ordinal);

        // RFC 8058: the mail client POSTs List-Unsubscribe=One-Click to the header's URL.
        using (
            var gone = await anonymous.PostAsync(
                unsubscribeLink,
                new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]),
                TestContext.Current.CancellationToken
            )
        )
        {
            Assert.Equal(HttpStatusCode.OK, gone.StatusCode);
        }

        await page.Http.CreateIncidentAsync(title: "After unsubscribing");
        await Eventually.WaitAsync(
            () => Smtp.To(control),
            m => m.Count == 3,
            "the control's third mail"
        );
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Equal(2, Smtp.To(address).Count);
    }

    [Fact]
    public async Task IncidentMail_ToAdminCreatedSubscriber_HasTextAndHtmlWithUpdateComponentsAndLinks()
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        var component = await page.Http.CreateComponentAsync("Payments API");
        var address = $"ops-{Guid.NewGuid():N}@example.test";
        await CreateEmailSubscriberAsync(page, address);

        await page.Http.CreateIncidentAsync(
            title: "Database Connectivity Issues",
            components: component
        );

        var mail = (
            await Eventually.WaitAsync(
                () => Smtp.To(address),
                m => m.Count == 1,
                "the incident mail"
            )
        )[0];
        Assert.Equal(
            "[Acme Status] Major Outage: Database Connectivity Issues — Investigating",
            mail.Subject
        );
        Assert.Equal("status@example.test", mail.From.Mailboxes.Single().Address);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.NotNull(body);
            Assert.Contains(
                "We are investigating reports of database timeouts.",
                body,
                StringComparison.Ordinal
            );
            Assert.Contains("Payments API", body, StringComparison.Ordinal);
            Assert.Contains($"http://localhost/status/{page.Slug}", body, StringComparison.Ordinal);
            Assert.Contains(
                $"http://localhost/api/public/{page.Slug}/unsubscribe?token=",
                body,
                StringComparison.Ordinal
            );
        }

        Assert.StartsWith(
            $"<http://localhost/api/public/{page.Slug}/unsubscribe?token=",
            mail.Headers["List-Unsubscribe"],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task IncidentMail_WithMarkdownUpdate_HtmlPartRendersItSafely_TextPartKeepsTheSource()
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        var address = $"ops-{Guid.NewGuid():N}@example.test";
        await CreateEmailSubscriberAsync(page, address);
        const string description =
            "Payments **fail** for some cards.\nNext update in 30 minutes.\n"
            + "<script>alert(1)</script> [details](javascript:alert(2))";

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "Checkout failing",
                Description = description,
                Impact = "Major Outage",
                IsNotify = true,
            }
        );

        Assert.True(created.Success);
        var mail = (
            await Eventually.WaitAsync(
                () => Smtp.To(address),
                m => m.Count == 1,
                "the incident mail"
            )
        )[0];
        var html = mail.HtmlBody!;
        Assert.Contains("<strong>fail</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<br", html, StringComparison.Ordinal); // the operator's line break is kept
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(
            "Payments **fail** for some cards.",
            mail.TextBody,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task AdminCreate_OfAnAddressAlreadySubscribed_IsRefusedSoNoOneIsMailedTwice()
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        var address = $"ops-{Guid.NewGuid():N}@example.test";
        await CreateEmailSubscriberAsync(page, address);
        var webhook = new { Type = "Webhook", Url = "https://hooks.example.test/a" };

        var again = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new { Type = "Email", Email = "  " + address.ToUpperInvariant() }
        );
        var firstHook = await page.Http.PostJsonAsync("/api/admin/Subscriber", webhook);
        var secondHook = await page.Http.PostJsonAsync("/api/admin/Subscriber", webhook);
        var list = await page.Http.GetEnvelopeAsync("/api/admin/Subscriber?pageSize=100");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("A subscriber with this Email already exists on the page.", again.Message);
        Assert.True(firstHook.Success && secondHook.Success, "Webhook URLs may repeat.");
        Assert.Equal(
            1,
            list.Result.GetProperty("Items")
                .EnumerateArray()
                .Count(s => s.GetProperty("Type").GetString() == "Email")
        );
    }

    [Fact]
    public async Task Subscribe_WithHtmlFormPost_AnswersHtmlCheckYourInbox()
    {
        var page = await fixture.Host.CreatePageClientAsync();
        var anonymous = fixture.Host.App.CreateClient();
        var address = $"form-{Guid.NewGuid():N}@example.test";

        using var response = await anonymous.PostAsync(
            $"/api/public/{page.Slug}/subscribe",
            new FormUrlEncodedContent([new("Email", address)]),
            TestContext.Current.CancellationToken
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "Check your inbox",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        await Eventually.WaitAsync(
            () => Smtp.To(address),
            m => m.Count == 1,
            "the confirmation mail"
        );
    }

    [Fact]
    public async Task Subscribe_RepeatedForOneAddress_IsRateLimitedAndSendsNoMoreMail()
    {
        var page = await fixture.Host.CreatePageClientAsync();
        var anonymous = fixture.Host.App.CreateClient();
        var address = $"victim-{Guid.NewGuid():N}@example.test";

        // The tests allow two confirmations per address per hour.
        var first = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address }
        );
        var second = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address }
        );
        var third = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address }
        );

        Assert.True(first.Success && second.Success, first.Raw + second.Raw);
        Assert.Equal((HttpStatusCode)429, third.Status);
        Assert.False(third.Success);
        await Eventually.WaitAsync(
            () => Smtp.To(address),
            m => m.Count == 2,
            "two confirmation mails"
        );
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Equal(2, Smtp.To(address).Count);
    }

    [Fact]
    public async Task Subscribe_WithInvalidEmailOrUnknownPage_IsRefused()
    {
        var page = await fixture.Host.CreatePageClientAsync();
        var anonymous = fixture.Host.App.CreateClient();

        var invalid = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = "not-an-address" }
        );
        var unknown = await anonymous.PostJsonAsync(
            "/api/public/no-such-page/subscribe",
            new { Email = "a@example.test" }
        );

        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task MaintenanceScheduled_MailsTheWindowInThePagesTimeZoneAndUtc()
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        await fixture.Host.WithDbAsync(async db =>
        {
            var stored = await db.StatusPages.SingleAsync(
                p => p.Id == page.PageId,
                TestContext.Current.CancellationToken
            );
            stored.ChangeTimeZone("Europe/Berlin");
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var address = $"maint-{Guid.NewGuid():N}@example.test";
        await CreateEmailSubscriberAsync(page, address);

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                Title = "Database upgrade",
                Description = "We will upgrade the database.",
                ScheduledFor = new DateTimeOffset(2030, 7, 7, 1, 30, 0, TimeSpan.Zero),
                ScheduledUntil = new DateTimeOffset(2030, 7, 7, 3, 30, 0, TimeSpan.Zero),
            }
        );
        Assert.True(created.Success, created.Raw);

        var mail = (
            await Eventually.WaitAsync(() => Smtp.To(address), m => m.Count == 1, "the mail")
        )[0];
        Assert.Equal("[Acme Status] Scheduled maintenance: Database upgrade", mail.Subject);
        Assert.Contains(
            "When: Sun 7 Jul 2030 03:30–05:30 Europe/Berlin (Sun 7 Jul 2030 01:30–03:30 UTC)",
            mail.TextBody,
            StringComparison.Ordinal
        );
        Assert.Contains("We will upgrade the database.", mail.TextBody, StringComparison.Ordinal);
    }

    private static async Task CreateEmailSubscriberAsync(PageClient page, string address)
    {
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new { Type = "Email", Email = address }
        );
        Assert.True(created.Success, created.Raw);
        Assert.Equal(
            System.Text.Json.JsonValueKind.Null,
            created.Result.GetProperty("Secret").ValueKind
        );
    }

    /// <summary>The path and query of the first link in <paramref name="text"/> containing <paramref name="marker"/>.</summary>
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
