using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.PrivatePages;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>
/// Two instances over one PostgreSQL database and Redis: a session opened on A is accepted by B
/// (the Data Protection key ring is shared, ADR 0083), and making a page private on A stops B from
/// serving its cached public answers at once (PageAccessChanged is forwarded like any domain event).
/// </summary>
public sealed class PrivatePageTwoInstancesTests : IClassFixture<TwoInstancesFixture>
{
    private readonly TwoInstancesFixture _fixture;

    public PrivatePageTwoInstancesTests(TwoInstancesFixture fixture)
    {
        _fixture = fixture;
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionFromA_IsAcceptedByB_AndBStopsServingItsCachedPublicPage()
    {
        var page = await _fixture.A.CreatePageClientAsync();
        var component = "Replicated " + Guid.NewGuid().ToString("N")[..8];
        await page.Http.CreateComponentAsync(component);
        using var onA = Visitor(_fixture.A);
        using var onB = Visitor(_fixture.B);
        var path = $"/api/public/{page.Slug}/summary";
        // B caches the page while it is public.
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(path, Ct)).StatusCode);

        var changed = await page.Http.PutJsonAsync(
            "/api/admin/Page/Access",
            new { Visibility = "Password", Password = "two instances 1" }
        );
        Assert.True(changed.Success, changed.Raw);
        var anonymousOnB = await WaitForAsync(onB, path, HttpStatusCode.Unauthorized);
        var (_, session) = await PrivatePageTests.SignInAsync(onA, page.Slug, "two instances 1");
        Assert.NotNull(session);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", session);
        using var signedInOnB = await onB.SendAsync(request, Ct);
        var body = await signedInOnB.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousOnB);
        Assert.Equal(HttpStatusCode.OK, signedInOnB.StatusCode);
        Assert.Contains(component, body, StringComparison.Ordinal);
    }

    private static HttpClient Visitor(IncidentsApiFactory instance) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = instance.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>The change reaches B through Redis within milliseconds; a loaded machine gets 10 s.</summary>
    private static async Task<HttpStatusCode> WaitForAsync(
        HttpClient client,
        string path,
        HttpStatusCode expected
    )
    {
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 100 && status != expected; i++)
        {
            using var response = await client.GetAsync(path, Ct);
            status = response.StatusCode;
            if (status != expected)
            {
                await Task.Delay(100, Ct);
            }
        }

        return status;
    }
}
