using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Incidents.Queries;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Admin;

public sealed class ServerErrorTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task UnexpectedException_Returns500SeedMessage_WithoutDetails_AndLogsTraceId()
    {
        var logs = new CollectingLoggerProvider();
        var failing = factory.WithWebHostBuilder(b =>
        {
            b.ConfigureLogging(l => l.AddProvider(logs));
            b.ConfigureTestServices(s =>
                s.AddScoped<IIncidentReadRepository, FailingIncidentReadRepository>()
            );
        });
        var page = await factory.CreatePageClientAsync();
        using var client = failing.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);

        var answer = await client.GetEnvelopeAsync("/api/admin/Incident");

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(
            """{"Success":false,"Result":null,"Message":"An unexpected error occurred."}""",
            answer.Raw
        );
        var logged = Assert.Single(
            logs.Entries,
            e => e.Level == LogLevel.Error && e.Exception is SimulatedDefectException
        );
        Assert.Matches("trace id [^ )]+", logged.Message);
    }
}
