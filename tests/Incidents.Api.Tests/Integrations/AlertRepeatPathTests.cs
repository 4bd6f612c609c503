using System.Net;
using System.Text;
using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Integrations;

/// <summary>
/// Issue 11: a repeat of a firing group whose incident is open (Alertmanager re-sends it every
/// group_interval and retries) costs one indexed read — no read of the integration (cached,
/// evicted on change), no write — counted from EF Core's command log.
/// </summary>
public sealed class AlertRepeatPathTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Repeat_OfAnOpenGroup_IsOneIndexedRead_AndAChangeToTheIntegrationIsSeenAtOnce()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("API");
        var commands = new EfCommandLog();
        await using var observed = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting(
                "Logging:LogLevel:" + DbLoggerCategory.Database.Command.Name,
                "Information"
            );
            b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(commands));
        });
        using var admin = observed.CreateClient();
        admin.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        var created = await admin.PostJsonAsync(
            "/api/admin/Integration",
            new
            {
                Type = "Alertmanager",
                Name = "Prometheus",
                Rules = new[]
                {
                    new
                    {
                        Match = new Dictionary<string, string> { ["service"] = "api" },
                        Components = new[] { component },
                        Impact = "Major Outage",
                    },
                },
            }
        );
        Assert.True(created.Success, created.Raw);
        var id = created.Result.GetProperty("Id").GetGuid();
        var token = created.Result.GetProperty("Token").GetString()!;
        using var receiver = observed.CreateClient();

        async Task<Envelope> FireAsync()
        {
            using var request = new HttpRequestMessage(
                HttpMethod.Post,
                $"/api/integrations/alertmanager/{id}"
            )
            {
                Content = new StringContent(
                    AlertFixtures.AlertmanagerFiring,
                    Encoding.UTF8,
                    "application/json"
                ),
            };
            request.Headers.Add("Authorization", "Bearer " + token);
            using var response = await receiver.SendAsync(request, Ct);
            return await Envelope.ReadAsync(response);
        }

        var opened = await FireAsync();
        commands.Clear();
        var repeat = await FireAsync();
        var repeatCommands = commands.All.ToList();

        Assert.True(opened.Success, opened.Raw);
        Assert.StartsWith("Incident ", opened.Message, StringComparison.Ordinal);
        Assert.EndsWith("opened.", opened.Message, StringComparison.Ordinal);
        Assert.EndsWith(
            "already open for this alert group.",
            repeat.Message,
            StringComparison.Ordinal
        );
        var only = Assert.Single(repeatCommands);
        Assert.Contains("SELECT", only, StringComparison.Ordinal);
        Assert.Contains("\"Incidents\"", only, StringComparison.Ordinal);
        Assert.Contains("\"ExternalId\"", only, StringComparison.Ordinal);
        // The id only: no whole row, no timeline.
        Assert.DoesNotContain("\"Title\"", only, StringComparison.Ordinal);
        Assert.DoesNotContain("IncidentUpdates", only, StringComparison.Ordinal);

        // The query plan uses the filtered unique index, not a scan of the page's incidents.
        var plan = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(Ct);
            await using var explain = connection.CreateCommand();
            explain.CommandText =
                "EXPLAIN QUERY PLAN "
                + only[only.IndexOf("SELECT", StringComparison.Ordinal)..]
                    .Replace(
                        "@__pageId_0",
                        $"'{page.PageId.ToString().ToUpperInvariant()}'",
                        StringComparison.Ordinal
                    )
                    .Replace("@__externalId_1", "'x'", StringComparison.Ordinal)
                    .Replace(
                        "@pageId",
                        $"'{page.PageId.ToString().ToUpperInvariant()}'",
                        StringComparison.Ordinal
                    )
                    .Replace("@externalId", "'x'", StringComparison.Ordinal);
            await using var reader = await explain.ExecuteReaderAsync(Ct);
            var rows = new List<string>();
            while (await reader.ReadAsync(Ct))
            {
                rows.Add(reader.GetString(3));
            }

            return string.Join("\n", rows);
        });
        Assert.Contains(
            "USING INDEX IX_Incidents_PageId_ExternalId",
            plan,
            StringComparison.Ordinal
        );

        // A change is seen by the very next alert: the cached integration was dropped.
        var renamed = await admin.PutJsonAsync(
            $"/api/admin/Integration/{id}",
            new { Name = "Renamed", Rules = Array.Empty<object>() }
        );
        commands.Clear();
        var afterChange = await FireAsync();
        Assert.True(renamed.Success, renamed.Raw);
        Assert.NotEmpty(commands.Reads("Integrations"));
        // No rule matches any more, and the open incident is left as it is.
        Assert.Equal(HttpStatusCode.OK, afterChange.Status);
        Assert.DoesNotContain("already open", afterChange.Message, StringComparison.Ordinal);

        var deleted = await admin.DeleteEnvelopeAsync($"/api/admin/Integration/{id}");
        var afterDelete = await FireAsync();
        Assert.True(deleted.Success, deleted.Raw);
        Assert.Equal(HttpStatusCode.Unauthorized, afterDelete.Status);
    }
}
