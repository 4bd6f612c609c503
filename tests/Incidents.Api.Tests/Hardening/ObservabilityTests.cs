using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Common.Observability;
using Incidents.Application.Incidents.Queries;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Incidents.Api.Tests.Hardening;

public sealed class ObservabilityTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task IncidentCounters_WhenIncidentsOpenAndResolve_CountWhatCommitted()
    {
        var page = await factory.CreatePageClientAsync();
        // Only this service's meters: other test servers publish a meter of the same name.
        var meterScope = factory.Services.GetRequiredService<IMeterFactory>();
        var totals = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (
                    instrument.Meter.Name == IncidentsMetrics.MeterName
                    && instrument.Meter.Scope == meterScope
                )
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>(
            (instrument, value, _, _) =>
                totals.AddOrUpdate(instrument.Name, value, (_, v) => v + value)
        );
        listener.Start();

        var first = await page.Http.CreateIncidentAsync("One");
        await page.Http.CreateIncidentAsync("Two");
        var refused = await page.Http.PostJsonAsync("/api/admin/Incident", new { Title = "" });
        await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = first }
        );

        Assert.False(refused.Success);
        Assert.Equal(2, totals.GetValueOrDefault("incidents.opened"));
        Assert.Equal(1, totals.GetValueOrDefault("incidents.resolved"));
    }

    [Fact]
    public async Task UnexpectedError_Answers500Envelope_AndItsLogLineCarriesTheResponseTraceId()
    {
        var logs = new CollectingLoggerProvider();
        await using var failing = factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.AddScoped<IIncidentReadRepository, FailingIncidentReadRepository>();
            })
        );
        using var client = failing.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", IncidentsApiFactory.BootstrapKey);

        using var response = await client.GetAsync(
            "/api/admin/Incident",
            TestContext.Current.CancellationToken
        );
        var envelope = await Envelope.ReadAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("An unexpected error occurred.", envelope.Message);
        Assert.DoesNotContain("Simulated defect", envelope.Raw, StringComparison.Ordinal);
        var traceId = Assert.Single(response.Headers.GetValues("X-Trace-Id"));
        Assert.Contains(
            logs.Entries,
            l =>
                l.Level == LogLevel.Error
                && l.Message.Contains($"(trace id {traceId})", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Logs_InProduction_AreWrittenAsJson()
    {
        await using var production = factory.WithWebHostBuilder(b =>
            b.UseEnvironment("Production")
        );
        using var client = production.CreateClient();

        var options = production.Services.GetRequiredService<
            IOptionsMonitor<ConsoleLoggerOptions>
        >();

        Assert.Equal(ConsoleFormatterNames.Json, options.CurrentValue.FormatterName);
    }
}
