using System.Net;
using Incidents.Api.OperatorConsole;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Common.Idempotency;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// A console form submitted twice with its one-time key runs its command once and answers the
/// repeat with the first result, through the admin API's idempotency store and rules (ADR 160);
/// run once per database provider by the derived classes. These are the requests of a browser
/// without JavaScript (which double-submits freely).
/// </summary>
public abstract class ConsoleIdempotencyTests
{
    private const string KeyField = ConsoleIdempotencyFilter.FieldName;

    protected ConsoleIdempotencyTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeclareForm_CarriesAOneTimeKey_NewOnEveryRendering()
    {
        var (page, session) = await SignedInAsync();
        using var _ = session;

        var first = Key(await DeclareFormAsync(session, page));
        var second = Key(await DeclareFormAsync(session, page));

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Declare_SubmittedTwiceInSequence_CreatesOneIncident_AndRedirectsBothToIt()
    {
        var (page, session) = await SignedInAsync();
        using var _ = session;
        await page.Http.CreateWebhookSubscriberAsync("https://hooks.example.test/a");
        var form = Declare(await DeclareFormAsync(session, page), "Checkout errors");

        using var first = await session.PostFormAsync($"/admin/{page.Slug}/incidents", form);
        using var second = await session.PostFormAsync($"/admin/{page.Slug}/incidents", form);

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("Idempotent-Replayed")));
        await AssertOneDeclaredAsync(page, first.Headers.Location);
    }

    [Fact]
    public async Task Declare_SubmittedFiveTimesAtOnce_CreatesOneIncident_AndRedirectsAllToIt()
    {
        var (page, session) = await SignedInAsync();
        using var _ = session;
        await page.Http.CreateWebhookSubscriberAsync("https://hooks.example.test/a");
        var form = Declare(await DeclareFormAsync(session, page), "Checkout errors");

        var answers = await Task.WhenAll(
            Enumerable
                .Range(0, 5)
                .Select(_ => session.PostFormAsync($"/admin/{page.Slug}/incidents", form))
        );

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Found, a.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.Location).Distinct());
        await AssertOneDeclaredAsync(page, answers[0].Headers.Location);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Declare_RepeatedWhileTheFirstStillRuns_WaitsForItAndRedirectsToItsIncident()
    {
        var (page, session) = await SignedInAsync();
        using var _ = session;
        var form = Declare(await DeclareFormAsync(session, page), "Checkout errors");
        var key = Key(form);
        // The first submit, as far as the store knows, is still running.
        Assert.True(
            await Factory
                .Services.GetRequiredService<IIdempotencyInFlightMarker>()
                .TryAcquireAsync(page.PageId, key, await FingerprintOfAsync(page, form), Ct)
        );

        var repeat = session.PostFormAsync($"/admin/{page.Slug}/incidents", form);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
        Assert.False(repeat.IsCompleted);
        await Factory
            .Services.GetRequiredService<IIdempotencyStore>()
            .CompleteAsync(
                page.PageId,
                key,
                new IdempotentResponse(302, "text/uri-list", $"/admin/{page.Slug}/incidents/first"),
                Ct
            );
        using var answer = await repeat;

        Assert.Equal(HttpStatusCode.Found, answer.StatusCode);
        Assert.Equal($"/admin/{page.Slug}/incidents/first", answer.Headers.Location?.ToString());
        Assert.Equal(0, await CountIncidentsAsync(page));
    }

    [Fact]
    public async Task Declare_SameKeyWithOtherValues_Is422WithTheApiMessage_AndChangesNothing()
    {
        var (page, session) = await SignedInAsync();
        using var _ = session;
        var fields = await DeclareFormAsync(session, page);
        using var first = await session.PostFormAsync(
            $"/admin/{page.Slug}/incidents",
            Declare(fields, "Checkout errors")
        );

        using var other = await session.PostFormAsync(
            $"/admin/{page.Slug}/incidents",
            Declare(fields, "Search is slow")
        );

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("text/html", other.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "This Idempotency-Key was already used for a different request.",
            await other.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal
        );
        Assert.Equal(1, await CountIncidentsAsync(page));
    }

    [Fact]
    public async Task Declare_RefusedForBadInput_ReleasesTheKey_SoTheCorrectedFormDeclares()
    {
        var (page, session) = await SignedInAsync();
        using var _ = session;
        var fields = await DeclareFormAsync(session, page);

        using var refused = await session.PostFormAsync(
            $"/admin/{page.Slug}/incidents",
            Declare(fields, "")
        );
        using var preview = await session.PostFormAsync(
            $"/admin/{page.Slug}/incidents",
            [.. Declare(fields, "Checkout errors"), new("Action", "preview")]
        );
        using var corrected = await session.PostFormAsync(
            $"/admin/{page.Slug}/incidents",
            Declare(fields, "Checkout errors")
        );

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Found, corrected.StatusCode);
        Assert.Equal(1, await CountIncidentsAsync(page));
    }

    [Fact]
    public async Task PostUpdate_SubmittedTwice_AddsOneUpdate()
    {
        var (page, session) = await SignedInAsync();
        using var _ = session;
        var incident = await page.Http.CreateIncidentAsync("Checkout errors", "Partial Outage");
        var path = $"/admin/{page.Slug}/incidents/{incident}";
        var fields = await session.GetFormAsync(path, $"action=\"{path}\"");
        List<KeyValuePair<string, string>> form =
        [
            .. fields,
            new("Description", "A fix is being deployed."),
            new("Status", "Identified"),
        ];

        using var first = await session.PostFormAsync(path, form);
        using var second = await session.PostFormAsync(path, form);

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var read = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incident}");
        Assert.Equal(2, read.Result.GetProperty("Updates").GetArrayLength());
    }

    [Fact]
    public async Task Key_OfAForm_IsUsableOnItsPageOnly_AsTheApiKeysAre()
    {
        var (page, session) = await SignedInAsync();
        using var _ = session;
        var fields = await DeclareFormAsync(session, page);
        using var declared = await session.PostFormAsync(
            $"/admin/{page.Slug}/incidents",
            Declare(fields, "Checkout errors")
        );

        // The same key under the admin API of the page: a different request, the API's 422.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/Incident")
        {
            Content = JsonContent(),
        };
        request.Headers.Add("Idempotency-Key", Key(fields));
        using var api = await page.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Found, declared.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        Assert.Equal(1, await CountIncidentsAsync(page));
    }

    private static StringContent JsonContent() =>
        new(
            """{"Title":"T","Description":"d","Impact":"Partial Outage"}""",
            System.Text.Encoding.UTF8,
            "application/json"
        );

    private async Task<(PageClient Page, ConsoleHttpSession Session)> SignedInAsync()
    {
        var page = await Factory.CreatePageClientAsync();
        var session = await ConsoleHttpSession.SignInAsync(Factory, page.PageId, ApiKeyRole.Write);
        return (page, session);
    }

    private static Task<List<KeyValuePair<string, string>>> DeclareFormAsync(
        ConsoleHttpSession session,
        PageClient page
    ) => session.GetFormAsync($"/admin/{page.Slug}/incidents/new", "id=\"declare-form\"");

    private static string Key(IEnumerable<KeyValuePair<string, string>> fields) =>
        Assert.Single(fields, f => f.Key == KeyField).Value;

    private static List<KeyValuePair<string, string>> Declare(
        IEnumerable<KeyValuePair<string, string>> hidden,
        string title
    ) =>
        [
            .. hidden,
            new("Title", title),
            new("Description", "Payments fail for some customers."),
            new("Status", "Investigating"),
            new("Impact", "Partial Outage"),
            new("Notify", "true"),
        ];

    /// <summary>The fingerprint the console computes for this submit (its own function).</summary>
    private static Task<string> FingerprintOfAsync(
        PageClient page,
        List<KeyValuePair<string, string>> form
    ) =>
        ConsoleIdempotencyFilter.FingerprintAsync(
            $"POST /admin/{page.Slug}/incidents",
            new FormCollection(
                form.GroupBy(f => f.Key)
                    .ToDictionary(g => g.Key, g => new StringValues([.. g.Select(f => f.Value)]))
            ),
            "__RequestVerificationToken",
            Ct
        );

    private Task<int> CountIncidentsAsync(PageClient page) =>
        Factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.PageId == page.PageId, Ct));

    private async Task AssertOneDeclaredAsync(PageClient page, Uri? location)
    {
        Assert.Equal(1, await CountIncidentsAsync(page));
        var incident = await Factory.WithDbAsync(db =>
            db.Incidents.SingleAsync(i => i.PageId == page.PageId, Ct)
        );
        Assert.Equal($"/admin/{page.Slug}/incidents/{incident.Id}", location?.ToString());
        var audit = await Factory.WithDbAsync(db =>
            db.Set<AuditEntry>()
                .CountAsync(e => e.PageId == page.PageId && e.TargetId == incident.Id, Ct)
        );
        Assert.Equal(1, audit);
        var opened = await Factory.WithDbAsync(db =>
            db.OutboxMessages.CountAsync(
                m => m.PageId == page.PageId && m.Type == "IncidentOpened",
                Ct
            )
        );
        Assert.Equal(1, opened);
    }
}
