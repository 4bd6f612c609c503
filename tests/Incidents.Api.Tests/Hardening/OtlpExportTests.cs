using System.Collections.Concurrent;
using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Hardening;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, traces reach an OTLP/HTTP receiver (a real one on loopback).</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Traces_WithOtlpEndpointConfigured_AreExportedOverOtlpHttp()
    {
        var received = new ConcurrentQueue<(string Path, string? ContentType, long Length)>();
        var collectorBuilder = WebApplication.CreateSlimBuilder();
        collectorBuilder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        await using var collector = collectorBuilder.Build();
        collector.MapPost(
            "/v1/{signal}",
            async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                received.Enqueue((context.Request.Path, context.Request.ContentType, body.Length));
                return Results.Ok();
            }
        );
        await collector.StartAsync(TestContext.Current.CancellationToken);
        var endpoint = collector
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();

        await using var factory = new SqliteApiFactory();
        using var exporting = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint);
            b.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            b.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200");
        });
        using var client = exporting.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", IncidentsApiFactory.BootstrapKey);
        await client.GetEnvelopeAsync("/api/admin/Incident");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!received.Any(r => r.Path == "/v1/traces") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var traces = Assert.Single(received.Where(r => r.Path == "/v1/traces").Take(1));
        Assert.Equal("application/x-protobuf", traces.ContentType);
        Assert.True(traces.Length > 0);
    }
}
