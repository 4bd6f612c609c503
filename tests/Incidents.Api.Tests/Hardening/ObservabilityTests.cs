using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Common.Observability;
using Microsoft.Extensions.DependencyInjection;

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
}
