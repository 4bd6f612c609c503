using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.ApiKeys;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// The dashboard's cost does not grow with a page's history (issue 17: ≤ 100 ms p95 with 10,000
/// incidents; bench/console-dashboard.sh measures it): the same SQL commands whatever the number
/// of incidents, open or resolved, and no statement that filters open incidents with "&lt;&gt;",
/// which makes SQLite walk every incident of the page (ADR 162).
/// </summary>
public sealed class ConsoleDashboardQueryTests(SqliteApiFactory factory)
    : IClassFixture<SqliteApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dashboard_IssuesTheSameCommands_WithTenTimesTheIncidents()
    {
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("API");
        await page.Http.CreateComponentAsync("Database");
        var commands = new EfCommandLog();
        await using var observed = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting(
                "Logging:LogLevel:" + DbLoggerCategory.Database.Command.Name,
                "Information"
            );
            b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(commands));
        });
        using var session = await ConsoleHttpSession.SignInAsync(
            observed,
            page.PageId,
            ApiKeyRole.Read
        );
        await AddIncidentsAsync(page, component, open: 2, resolved: 3);

        var few = await DashboardCommandsAsync(session, page, commands);
        await AddIncidentsAsync(page, component, open: 8, resolved: 40);
        var many = await DashboardCommandsAsync(session, page, commands);

        Assert.Equal(few.Count, many.Count);
        Assert.InRange(many.Count, 1, 20);
        Assert.DoesNotContain(
            many,
            c => c.Contains("\"Status\" <> 'Resolved'", StringComparison.Ordinal)
        );
    }

    private static async Task AddIncidentsAsync(
        PageClient page,
        Guid component,
        int open,
        int resolved
    )
    {
        for (var i = 0; i < open + resolved; i++)
        {
            var id = await page.Http.CreateIncidentAsync(
                $"Incident {i}",
                "Partial Outage",
                component
            );
            if (i >= open)
            {
                var done = await page.Http.PostJsonAsync(
                    "/api/admin/Incident/ResolveIncident",
                    new { IncidentId = id, Description = "Resolved." }
                );
                Assert.True(done.Success, done.Raw);
            }
        }
    }

    private static async Task<List<string>> DashboardCommandsAsync(
        ConsoleHttpSession session,
        PageClient page,
        EfCommandLog commands
    )
    {
        // Once to warm caches (session check, page access), then the one that counts.
        using (var warm = await session.Client.GetAsync($"/admin/{page.Slug}", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        commands.Clear();
        using var response = await session.Client.GetAsync($"/admin/{page.Slug}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. commands.All];
    }
}
