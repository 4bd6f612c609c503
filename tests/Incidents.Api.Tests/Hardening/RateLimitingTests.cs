using System.Net;
using Incidents.Api.Tests.Hardening.Infrastructure;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Hardening;

public sealed class RateLimitingTests(RateLimitedSqliteApiFactory factory)
    : IClassFixture<RateLimitedSqliteApiFactory>
{
    [Fact]
    public async Task Flood_FromOneKey_Gets429WithRetryAfterWhileOtherKeysAreServed()
    {
        var flooder = await factory.CreatePageClientAsync();
        var other = await factory.CreatePageClientAsync();
        var created = await other.Http.PostJsonAsync(
            "/api/admin/ApiKey",
            new { Name = "second", Role = "Read" }
        );
        using var secondKeyOfOtherPage = factory.CreateClientWithKey(
            created.Result.GetProperty("Key").GetString()
        );

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            answers.Add(
                await flooder.Http.GetAsync(
                    "/api/admin/Incident",
                    TestContext.Current.CancellationToken
                )
            );
        }

        var otherAnswer = await other.Http.GetEnvelopeAsync("/api/admin/Incident");
        var secondKeyAnswer = await secondKeyOfOtherPage.GetEnvelopeAsync("/api/admin/Incident");

        Assert.Equal(
            Enumerable
                .Repeat(HttpStatusCode.OK, RateLimitedSqliteApiFactory.Burst)
                .Concat(
                    Enumerable.Repeat(
                        HttpStatusCode.TooManyRequests,
                        10 - RateLimitedSqliteApiFactory.Burst
                    )
                ),
            answers.Select(a => a.StatusCode)
        );
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests))
        {
            var retryAfter = int.Parse(
                Assert.Single(refused.Headers.GetValues("Retry-After")),
                System.Globalization.CultureInfo.InvariantCulture
            );
            Assert.InRange(retryAfter, 1, 60);
            var envelope = await Envelope.ReadAsync(refused);
            Assert.False(envelope.Success);
            Assert.Equal($"Too many requests. Retry after {retryAfter} seconds.", envelope.Message);
        }

        Assert.Equal(HttpStatusCode.OK, otherAnswer.Status);
        Assert.Equal(HttpStatusCode.OK, secondKeyAnswer.Status);
    }
}
