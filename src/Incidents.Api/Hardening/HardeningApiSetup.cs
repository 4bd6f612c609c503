using Incidents.Api.Authentication;
using Incidents.Application.Audit.Common;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Observability;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Incidents.Api.Hardening;

/// <summary>Composition of issue 5: audit actor, rate limits, idempotency, telemetry, shutdown.</summary>
internal static class HardeningApiSetup
{
    public const string ServiceName = "incidents";

    public static void AddHardening(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddSingleton<IdempotencyGate>();
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o =>
            o.JsonSerializerOptions.Converters.Add(new NulFreeStringConverter())
        );
        // Minimal-API endpoints (public pages) bind with these options.
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
            o.SerializerOptions.Converters.Add(new NulFreeStringConverter())
        );
        services.AddApiRateLimiting(
            builder
                .Configuration.GetSection(RateLimitingOptions.SectionName)
                .Get<RateLimitingOptions>()
                ?? new RateLimitingOptions()
        );

        // In-flight requests get this long to finish when the host stops (SIGTERM).
        services.Configure<HostOptions>(o =>
            o.ShutdownTimeout = TimeSpan.FromSeconds(
                builder.Configuration.GetValue("Shutdown:TimeoutSeconds", 30)
            )
        );

        services.AddSingleton<IDomainEventsCommittedListener, IncidentMetricsListener>();
        var telemetry = services
            .AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithMetrics(m =>
                m.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter(IncidentsMetrics.MeterName)
            );
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Traces are recorded only when something exports them: without an exporter, recording
            // every request's and every EF command's spans only to drop them cost about a tenth of
            // the CPU of a create (docs/performance.md). The trace id header needs no tracer: the
            // host starts an Activity per request either way.
            telemetry
                .WithTracing(t =>
                    t.AddAspNetCoreInstrumentation(o =>
                            // Health probes would drown the traces that matter.
                            o.Filter = context =>
                                !context.Request.Path.StartsWithSegments("/health")
                        )
                        .AddHttpClientInstrumentation()
                        .AddEntityFrameworkCoreInstrumentation()
                )
                .WithLogging()
                .UseOtlpExporter();
        }

        if (builder.Environment.IsProduction())
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
    }

    /// <summary>After authentication (limits are per key), before authorisation (a forbidden flood is limited too).</summary>
    public static void UseHardeningLimits(this WebApplication app) => app.UseRateLimiter();

    /// <summary>After authorisation: an idempotency key always belongs to an authenticated page.</summary>
    public static void UseHardeningIdempotency(this WebApplication app) =>
        app.UseMiddleware<IdempotencyMiddleware>();
}
