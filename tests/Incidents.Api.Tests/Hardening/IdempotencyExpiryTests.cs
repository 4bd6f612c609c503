using System.Net;
using System.Text;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Common.Idempotency;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Incidents.Api.Tests.Hardening;

/// <summary>Retention (24 h) and the in-flight timeout, on a clock the test moves.</summary>
public sealed class IdempotencyExpiryTests(SqliteApiFactory factory)
    : IClassFixture<SqliteApiFactory>
{
    private static async Task<HttpResponseMessage> CreateAsync(HttpClient client, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/Incident")
        {
            Content = new StringContent(
                $$"""{"Title":"{{title}}","Description":"d","Impact":"Partial Outage"}""",
                Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.Add("Idempotency-Key", "daily-job");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Key_AfterItsRetention_CanBeUsedForADifferentRequest()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock))
        );
        var page = await ((IncidentsApiFactory)factory).CreatePageClientAsync();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);

        using var first = await CreateAsync(client, "A");
        clock.Advance(TimeSpan.FromHours(23));
        using var withinRetention = await CreateAsync(client, "B");
        clock.Advance(TimeSpan.FromHours(2));
        using var afterRetention = await CreateAsync(client, "B");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withinRetention.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterRetention.StatusCode);
        Assert.False(afterRetention.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Key_WhoseClaimWasAbandoned_Is409UntilTheInFlightTimeoutThenUsable()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock))
        );
        var page = await ((IncidentsApiFactory)factory).CreatePageClientAsync();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        // A claim whose request died with its instance: nobody will complete or release it.
        var marker = app.Services.GetRequiredService<IIdempotencyInFlightMarker>();
        Assert.True(
            await marker.TryAcquireAsync(
                page.PageId,
                "daily-job",
                "crashed",
                TestContext.Current.CancellationToken
            )
        );

        using var whileClaimed = await CreateAsync(client, "A");
        clock.Advance(TimeSpan.FromMinutes(3));
        using var afterTimeout = await CreateAsync(client, "A");

        Assert.Equal(HttpStatusCode.Conflict, whileClaimed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterTimeout.StatusCode);
    }
}
