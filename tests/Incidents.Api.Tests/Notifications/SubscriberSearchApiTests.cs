using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// <c>GET /api/admin/Subscriber?search=</c> (what the console's subscriber search sends): a
/// case-insensitive match on the email or URL, on the caller's page only, run once per provider
/// (PostgreSQL compares case-sensitively unless told otherwise).
/// </summary>
public abstract class SubscriberSearchApiTests
{
    protected SubscriberSearchApiTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    [Fact]
    public async Task Search_MatchesEmailOrUrl_IgnoringCase_OnTheCallersPageOnly()
    {
        var page = await Factory.CreatePageClientAsync();
        var other = await Factory.CreatePageClientAsync();
        await AddAsync(page.Http, new { Type = "Email", Email = "Alice@Example.com" });
        await AddAsync(page.Http, new { Type = "Email", Email = "bob@example.org" });
        await AddAsync(
            page.Http,
            new { Type = "Webhook", Url = "https://hooks.example.com/ALICE" }
        );
        await AddAsync(other.Http, new { Type = "Email", Email = "alice@other.example" });

        // Email addresses are stored lower-cased; the URL keeps its case.
        Assert.Equal(
            ["alice@example.com", "https://hooks.example.com/ALICE"],
            await AddressesAsync(page.Http, "?search=aLiCe")
        );
        Assert.Equal(["bob@example.org"], await AddressesAsync(page.Http, "?search=EXAMPLE.ORG"));
        Assert.Empty(await AddressesAsync(page.Http, "?search=carol"));
        Assert.Equal(3, (await AddressesAsync(page.Http, "?search=%20%20")).Count);
        Assert.Equal(3, (await AddressesAsync(page.Http, "")).Count);
    }

    [Fact]
    public async Task Search_LongerThanAUrl_Is400AndNamesTheLimit()
    {
        var page = await Factory.CreatePageClientAsync();
        var answer = await page.Http.GetEnvelopeAsync(
            "/api/admin/Subscriber?search=" + new string('a', 2001)
        );
        Assert.False(answer.Success, answer.Raw);
        Assert.Equal(400, (int)answer.Status);
        Assert.Equal("Search must be at most 2000 characters.", answer.Message);
    }

    private static async Task AddAsync(HttpClient http, object body)
    {
        var created = await http.PostJsonAsync("/api/admin/Subscriber", body);
        Assert.True(created.Success, created.Raw);
    }

    private static async Task<List<string?>> AddressesAsync(HttpClient http, string query)
    {
        var list = await http.GetEnvelopeAsync("/api/admin/Subscriber" + query);
        Assert.True(list.Success, list.Raw);
        return
        [
            .. list
                .Result.GetProperty("Items")
                .EnumerateArray()
                .Select(s =>
                    s.GetProperty("Email").GetString() ?? s.GetProperty("Url").GetString()
                ),
        ];
    }
}
