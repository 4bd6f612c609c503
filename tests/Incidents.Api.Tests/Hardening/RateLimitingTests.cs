using System.Net;
using Incidents.Api.Tests.Hardening.Infrastructure;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Hardening;

public sealed class RateLimitingTests(RateLimitedSqliteApiFactory factory)
    : IClassFixture<RateLimitedSqliteApiFactory>
{
    [Theory]
    [InlineData(1, "Too many requests. Retry after 1 second.")]
    [InlineData(2, "Too many requests. Retry after 2 seconds.")]
    [InlineData(60, "Too many requests. Retry after 60 seconds.")]
    public void TooManyRequestsMessage_SaysSecondsInGoodEnglish(int seconds, string expected) =>
        Assert.Equal(
            expected,
            Incidents.Api.Hardening.ApiRateLimiting.TooManyRequestsMessage(seconds)
        );

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
            Assert.Equal(
                retryAfter == 1
                    ? "Too many requests. Retry after 1 second."
                    : $"Too many requests. Retry after {retryAfter} seconds.",
                envelope.Message
            );
        }

        Assert.Equal(HttpStatusCode.OK, otherAnswer.Status);
        Assert.Equal(HttpStatusCode.OK, secondKeyAnswer.Status);
    }

    [Fact]
    public async Task PublicReads_FromOneClient_AreNeverLimited()
    {
        using var anonymous = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4 * RateLimitedSqliteApiFactory.Burst; i++)
        {
            using var response = await anonymous.GetAsync(
                "/api/public/default/summary",
                TestContext.Current.CancellationToken
            );
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Subscribe_FromOneClient_IsLimitedPerClientAddress()
    {
        using var anonymous = factory.CreateClient();

        var answers = new List<Envelope>();
        for (var i = 0; i <= RateLimitedSqliteApiFactory.PublicBurst; i++)
        {
            answers.Add(
                await anonymous.PostJsonAsync(
                    "/api/public/default/subscribe",
                    new { Email = $"reader{i}@example.com" }
                )
            );
        }

        Assert.All(
            answers.Take(RateLimitedSqliteApiFactory.PublicBurst),
            a => Assert.Equal(HttpStatusCode.OK, a.Status)
        );
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.False(refused.Success);
        Assert.StartsWith("Too many requests.", refused.Message, StringComparison.Ordinal);
    }
}
