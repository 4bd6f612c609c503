using System.Net;
using System.Text.Json;
using Incidents.Api.Tests.Hardening.Infrastructure;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>The Manage API shares the key's bucket: past it, 429 with Retry-After in Statuspage's error shape.</summary>
public sealed class ManageApiRateLimitTests(RateLimitedSqliteApiFactory factory)
    : IClassFixture<RateLimitedSqliteApiFactory>
{
    [Fact]
    public async Task Flood_Is429WithRetryAfter()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await factory.CreatePageClientAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"OAuth {page.Key}");

        HttpResponseMessage? refused = null;
        for (var i = 0; i < RateLimitedSqliteApiFactory.Burst + 2 && refused is null; i++)
        {
            var response = await client.GetAsync($"/v1/pages/{page.PageId}/components", ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        Assert.NotNull(refused.Headers.RetryAfter);
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(ct));
        Assert.Equal("rate_limited", body.RootElement.GetProperty("error").GetString());
    }
}
