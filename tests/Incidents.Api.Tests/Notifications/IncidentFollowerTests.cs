using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// Following one incident from its permalink: double opt-in, only that incident's mails, and the
/// subscription ends by itself when it resolves (real SMTP), run per database provider.
/// </summary>
public abstract partial class IncidentFollowerTests<TDatabase>
    where TDatabase : IncidentsApiFactory, new()
{
    private readonly NotificationsFixture<TDatabase> _fixture;

    protected IncidentFollowerTests(NotificationsFixture<TDatabase> fixture)
    {
        _fixture = fixture;
        if (fixture.SkipReason is not null)
        {
            Assert.Skip(fixture.SkipReason);
        }
    }

    private SmtpSink Smtp => _fixture.Smtp;

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(PageClient Page, HttpClient Anonymous)> PageAsync()
    {
        var page = await _fixture.Host.CreatePageClientAsync("Acme Status");
        return (page, _fixture.Host.App.CreateClient());
    }

    private async Task<string> FollowAndConfirmAsync(
        PageClient page,
        HttpClient anonymous,
        Guid incidentId,
        bool untilPostmortem = false
    )
    {
        var address = $"follower-{Guid.NewGuid():N}@example.test";
        var followed = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new
            {
                Email = address,
                IncidentId = incidentId,
                UntilPostmortem = untilPostmortem,
            }
        );
        Assert.True(followed.Success, followed.Raw);
        Assert.Equal(
            "Check your inbox: we sent a link to confirm the subscription.",
            followed.Message
        );
        var confirmation = (
            await Eventually.WaitAsync(
                () => Smtp.To(address),
                m => m.Count == 1,
                "the confirmation"
            )
        )[0];
        using var confirmed = await anonymous.GetAsync(
            Link(confirmation.TextBody, "/subscribe/confirm"),
            Ct
        );
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return address;
    }

    private async Task<JsonElement?> AdminSubscriberAsync(PageClient page, string address)
    {
        var list = await page.Http.GetEnvelopeAsync("/api/admin/Subscriber?pageSize=100");
        Assert.True(list.Success, list.Raw);
        foreach (var item in list.Result.GetProperty("Items").EnumerateArray())
        {
            if (item.GetProperty("Email").GetString() == address)
            {
                return item.Clone();
            }
        }

        return null;
    }

    [Fact]
    public async Task Follower_GetsOnlyItsIncidentsUpdatesAndResolution_ThenIsRemoved()
    {
        var (page, anonymous) = await PageAsync();
        var component = await page.Http.CreateComponentAsync("Payments API");
        var followedId = await page.Http.CreateIncidentAsync("Followed", components: component);
        var otherId = await page.Http.CreateIncidentAsync("Other incident");
        var address = await FollowAndConfirmAsync(page, anonymous, followedId);

        var shown = await AdminSubscriberAsync(page, address);
        Assert.NotNull(shown);
        Assert.Equal(followedId, shown.Value.GetProperty("IncidentId").GetGuid());
        Assert.False(shown.Value.GetProperty("UntilPostmortem").GetBoolean());
        Assert.True(shown.Value.GetProperty("IsActive").GetBoolean());

        // Another incident, a component change and a maintenance: nothing for the follower.
        await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = otherId,
                Description = "Other update.",
                IsNotify = true,
            }
        );
        await page.Http.PutJsonAsync(
            "/api/admin/Component",
            new
            {
                ComponentId = component,
                Status = "Under Maintenance",
                IsNotify = true,
            }
        );
        var update = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = followedId,
                Description = "A fix is rolling out.",
                IsNotify = true,
            }
        );
        Assert.True(update.Success, update.Raw);
        var mails = await Eventually.WaitAsync(
            () => Smtp.To(address),
            m => m.Count == 2,
            "the followed update"
        );
        Assert.Contains("Followed", mails[1].Subject, StringComparison.Ordinal);
        Assert.Contains("A fix is rolling out.", mails[1].TextBody, StringComparison.Ordinal);

        var resolved = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = followedId, IsNotify = true }
        );
        Assert.True(resolved.Success, resolved.Raw);
        mails = await Eventually.WaitAsync(
            () => Smtp.To(address),
            m => m.Count == 3,
            "the resolution"
        );
        Assert.Contains("Resolved", mails[2].Subject, StringComparison.Ordinal);
        // Once the last mail is sent, the follower is gone.
        await Eventually.WaitAsync<JsonElement?>(
            () => AdminSubscriberAsync(page, address),
            s => s is null,
            "the follower's removal"
        );
        var next = await page.Http.CreateIncidentAsync("After resolution");
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = next }
        );
        await Task.Delay(500, Ct);
        Assert.Equal(3, Smtp.To(address).Count);
    }

    [Fact]
    public async Task Follower_WhoChoseThePostmortem_StaysAfterResolution()
    {
        var (page, anonymous) = await PageAsync();
        var incidentId = await page.Http.CreateIncidentAsync("Long one");
        var address = await FollowAndConfirmAsync(
            page,
            anonymous,
            incidentId,
            untilPostmortem: true
        );

        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incidentId, IsNotify = true }
        );

        await Eventually.WaitAsync(() => Smtp.To(address), m => m.Count == 2, "the resolution");
        var shown = await AdminSubscriberAsync(page, address);
        Assert.NotNull(shown);
        Assert.True(shown.Value.GetProperty("UntilPostmortem").GetBoolean());
        Assert.Equal(JsonValueKind.Null, shown.Value.GetProperty("FollowEndedAt").ValueKind);
    }

    [Fact]
    public async Task UnconfirmedFollower_IsRemovedWhenTheIncidentResolves()
    {
        var (page, anonymous) = await PageAsync();
        var incidentId = await page.Http.CreateIncidentAsync("Short one");
        var address = $"lazy-{Guid.NewGuid():N}@example.test";
        var followed = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address, IncidentId = incidentId }
        );
        Assert.True(followed.Success, followed.Raw);
        Assert.NotNull(await AdminSubscriberAsync(page, address));

        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incidentId }
        );

        await Eventually.WaitAsync<JsonElement?>(
            () => AdminSubscriberAsync(page, address),
            s => s is null,
            "the unconfirmed follower's removal"
        );
    }

    [Fact]
    public async Task Follow_OfResolvedUnknownOrOtherPagesIncident_IsRefusedAndWritesNothing()
    {
        var (page, anonymous) = await PageAsync();
        var other = await _fixture.Host.CreatePageClientAsync();
        var resolvedId = await page.Http.CreateIncidentAsync("Done");
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = resolvedId }
        );
        var foreignId = await other.Http.CreateIncidentAsync("Elsewhere");
        var address = $"refused-{Guid.NewGuid():N}@example.test";

        var resolved = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address, IncidentId = resolvedId }
        );
        var unknown = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address, IncidentId = Guid.NewGuid() }
        );
        var foreign = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address, IncidentId = foreignId }
        );

        Assert.Equal(HttpStatusCode.BadRequest, resolved.Status);
        Assert.Equal(
            "This incident is resolved: there are no more updates to follow.",
            resolved.Message
        );
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("Incident not found.", unknown.Message);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal("Incident not found.", foreign.Message);
        var rows = await _fixture.Host.WithDbAsync(db =>
            db.Set<Subscriber>().CountAsync(s => s.Email == address, Ct)
        );
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task FollowForm_FromThePermalink_AnswersHtml_AndSharesTheAddressRateLimit()
    {
        var (page, anonymous) = await PageAsync();
        var incidentId = await page.Http.CreateIncidentAsync("Form followed");
        var address = $"form-{Guid.NewGuid():N}@example.test";

        // The form the permalink renders, as a browser posts it.
        using var permalink = await anonymous.GetAsync(
            $"/status/{page.Slug}/incidents/{incidentId}",
            Ct
        );
        var html = await permalink.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Follow this incident by email", html, StringComparison.Ordinal);
        Assert.Contains(
            $"<input type=\"hidden\" name=\"IncidentId\" value=\"{incidentId}\">",
            html,
            StringComparison.Ordinal
        );
        using var first = await anonymous.PostAsync(
            $"/api/public/{page.Slug}/subscribe",
            new FormUrlEncodedContent([
                new("IncidentId", incidentId.ToString()),
                new("Email", address),
                new("UntilPostmortem", "true"),
            ]),
            Ct
        );
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(
            "Check your inbox",
            await first.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );
        var stored = await _fixture.Host.WithDbAsync(db =>
            db.Set<Subscriber>().SingleAsync(s => s.Email == address, Ct)
        );
        Assert.Equal(incidentId, stored.IncidentId);
        Assert.True(stored.UntilPostmortem);
        Assert.False(stored.IsConfirmed);

        // The same address on the page-wide form: one more confirmation allowed, then 429.
        var second = await anonymous.PostJsonAsync(
            $"/api/public/{page.Slug}/subscribe",
            new { Email = address }
        );
        using var third = await anonymous.PostAsync(
            $"/api/public/{page.Slug}/subscribe",
            new FormUrlEncodedContent([
                new("IncidentId", incidentId.ToString()),
                new("Email", address),
            ]),
            Ct
        );
        using var bad = await anonymous.PostAsync(
            $"/api/public/{page.Slug}/subscribe",
            new FormUrlEncodedContent([new("IncidentId", "not-a-guid"), new("Email", address)]),
            Ct
        );

        Assert.True(second.Success, second.Raw);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bad.StatusCode);
        Assert.Contains(
            "Incident not found.",
            await bad.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );
        await Eventually.WaitAsync(() => Smtp.To(address), m => m.Count == 2, "two confirmations");
    }

    [Fact]
    public async Task AdminCreate_WithIncidentId_FollowsAtOnce_AndRefusesWhatCannotFollow()
    {
        var (page, _) = await PageAsync();
        var incidentId = await page.Http.CreateIncidentAsync("Admin followed");
        var resolvedId = await page.Http.CreateIncidentAsync("Admin resolved");
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = resolvedId }
        );
        var address = $"admin-follower-{Guid.NewGuid():N}@example.test";

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Email",
                Email = address,
                IncidentId = incidentId,
                UntilPostmortem = true,
            }
        );
        var again = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Email",
                Email = address,
                IncidentId = incidentId,
            }
        );
        var webhook = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Webhook",
                Url = "https://hooks.example.test/x",
                IncidentId = incidentId,
            }
        );
        var unknown = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Email",
                Email = address,
                IncidentId = Guid.NewGuid(),
            }
        );
        var resolved = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Email",
                Email = address,
                IncidentId = resolvedId,
            }
        );

        Assert.Equal("Subscriber created successfully", created.Message);
        var shown = await page.Http.GetEnvelopeAsync(
            $"/api/admin/Subscriber/{created.Result.GetProperty("Id").GetGuid()}"
        );
        Assert.Equal(incidentId, shown.Result.GetProperty("IncidentId").GetGuid());
        Assert.True(shown.Result.GetProperty("UntilPostmortem").GetBoolean());
        Assert.True(shown.Result.GetProperty("IsActive").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("A subscriber with this Email already follows this incident.", again.Message);
        Assert.Equal(HttpStatusCode.BadRequest, webhook.Status);
        Assert.Equal("IncidentId applies only to Email subscribers.", webhook.Message);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("Incident ID not found.", unknown.Message);
        Assert.Equal(HttpStatusCode.BadRequest, resolved.Status);
        Assert.Equal("Incident already resolved.", resolved.Message);
        // A follower does not take the address from the page-wide list, nor the other way round.
        var pageWide = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new { Type = "Email", Email = address }
        );
        Assert.True(pageWide.Success, pageWide.Raw);
    }

    [Fact]
    public async Task Permalink_OfResolvedIncident_ShowsNoFollowForm()
    {
        var (page, anonymous) = await PageAsync();
        var incidentId = await page.Http.CreateIncidentAsync("Over");
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incidentId }
        );

        using var permalink = await anonymous.GetAsync(
            $"/status/{page.Slug}/incidents/{incidentId}",
            Ct
        );

        Assert.Equal(HttpStatusCode.OK, permalink.StatusCode);
        Assert.DoesNotContain(
            "Follow this incident",
            await permalink.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );
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
