using System.Diagnostics;
using System.Net;
using System.Text;
using Incidents.Api.Tests.Hardening.Infrastructure;
using Incidents.Api.Tests.Infrastructure;
using Npgsql;

namespace Incidents.Api.Tests.Hardening;

/// <summary>
/// Real PostgreSQL behind a TCP proxy that the test cuts and restores: the service answers 503
/// while the database is gone and recovers by itself, losing and duplicating nothing.
/// </summary>
public sealed class DatabaseOutageTests : IClassFixture<ProxiedPostgreSqlApiFactory>
{
    private readonly ProxiedPostgreSqlApiFactory _factory;

    public DatabaseOutageTests(ProxiedPostgreSqlApiFactory factory)
    {
        _factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static async Task<HttpResponseMessage> CreateAsync(
        HttpClient client,
        string idempotencyKey
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/Incident")
        {
            Content = new StringContent(
                """
                {"Title":"Checkout down","Description":"Payments fail.","Impact":"Major Outage","ExternalId":"alert-outage-1"}
                """,
                Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<long> CountDirectAsync(string sql, Guid pageId)
    {
        await using var connection = new NpgsqlConnection(_factory.DirectConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("page", pageId);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task AdminApi_WhenDatabaseIsCutThenRestored_Answers503ThenRecoversWithoutLossOrDuplicate()
    {
        var page = await _factory.CreatePageClientAsync();
        using var anonymous = _factory.CreateClient();
        var before = await page.Http.CreateIncidentAsync("Opened before the outage");

        _factory.Proxy.Cut();
        var clock = Stopwatch.StartNew();
        using var duringCreate = await CreateAsync(page.Http, "outage-key");
        var createSeconds = clock.Elapsed.TotalSeconds;
        var duringList = await page.Http.GetEnvelopeAsync("/api/admin/Incident");
        using var duringReady = await anonymous.GetAsync(
            "/health/ready",
            TestContext.Current.CancellationToken
        );
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"503 during the outage after {createSeconds:F1} s"
        );

        _factory.Proxy.Restore();
        var recovered = false;
        for (var attempt = 0; attempt < 60 && !recovered; attempt++)
        {
            using var ready = await anonymous.GetAsync(
                "/health/ready",
                TestContext.Current.CancellationToken
            );
            recovered = ready.StatusCode == HttpStatusCode.OK;
            if (!recovered)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }

        using var afterCreate = await CreateAsync(page.Http, "outage-key");
        using var repeat = await CreateAsync(page.Http, "outage-key");

        var during = await Envelope.ReadAsync(duringCreate);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringCreate.StatusCode);
        Assert.False(during.Success);
        Assert.Equal("Service temporarily unavailable.", during.Message);
        Assert.True(duringCreate.Headers.Contains("X-Trace-Id"));
        Assert.Equal(TimeSpan.FromSeconds(5), duringCreate.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringList.Status);
        Assert.Equal("Service temporarily unavailable.", duringList.Message);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringReady.StatusCode);
        Assert.True(recovered, "/health/ready did not return to 200 after the database came back.");
        var after = await Envelope.ReadAsync(afterCreate);
        Assert.Equal(HttpStatusCode.OK, afterCreate.StatusCode);
        Assert.Equal("Incident created successfully", after.Message);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.True(repeat.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(after.Raw, (await Envelope.ReadAsync(repeat)).Raw);
        Assert.Equal(
            2,
            await CountDirectAsync(
                "SELECT COUNT(*) FROM \"Incidents\" WHERE \"PageId\" = @page",
                page.PageId
            )
        );
        Assert.Equal(
            1,
            await CountDirectAsync(
                "SELECT COUNT(*) FROM \"Incidents\" WHERE \"PageId\" = @page AND \"ExternalId\" = 'alert-outage-1'",
                page.PageId
            )
        );
        Assert.NotEqual(before, after.Result.GetGuid());
    }
}
