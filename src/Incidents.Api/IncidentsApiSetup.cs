using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Hardening;
using Incidents.Api.OpenApi;
using Incidents.Api.OperatorConsole;
using Incidents.Api.PublicStatus;
using Incidents.Api.PublicStatus.Hosting;
using Incidents.Api.StatuspageCompatibility.Import;
using Incidents.Api.StatuspageCompatibility.Manage;
using Incidents.Application;
using Incidents.Application.Common.Behaviours;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Scalar.AspNetCore;

namespace Incidents.Api;

/// <summary>Composition: which services exist and the order requests go through.</summary>
internal static class IncidentsApiSetup
{
    public const string DefaultUrl = "http://localhost:5080";

    public static void AddIncidentsServices(this WebApplicationBuilder builder, bool isCli)
    {
        if (isCli)
        {
            // Standard output carries only the command's result.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        // 5080 unless told otherwise (--urls, ASPNETCORE_URLS, or the container images' HTTP_PORTS).
        string[] listenKeys = ["urls", "http_ports", "https_ports"];
        if (listenKeys.All(k => string.IsNullOrEmpty(builder.Configuration[k])))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.AddApplication();
        services.AddInfrastructure(builder.Configuration);
        services.AddMediator(
            (Mediator.MediatorOptions options) =>
            {
                options.ServiceLifetime = ServiceLifetime.Scoped;
                options.Assemblies =
                [
                    typeof(IDomainEvent),
                    typeof(Incidents.Application.DependencyInjection),
                    typeof(Incidents.Infrastructure.DependencyInjection),
                ];
                // Outermost first: bad input is refused before a unit of work begins.
                options.PipelineBehaviors =
                [
                    typeof(ValidationBehaviour<,>),
                    typeof(UnitOfWorkBehaviour<,>),
                    typeof(Incidents.Application.Audit.Common.AuditBehaviour<,>),
                ];
            }
        );

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentCaller, HttpCurrentCaller>();
        services.AddScoped<StatuspageImporter>();
        services.AddSingleton(sp => new ApiKeyCache(
            TimeSpan.FromSeconds(builder.Configuration.GetValue("Auth:ApiKeyCacheSeconds", 5.0)),
            sp.GetRequiredService<TimeProvider>()
        ));
        services.AddSingleton<IDomainEventsCommittedListener, ApiKeyCacheInvalidator>();
        services
            .AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<
                Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions,
                ApiKeyAuthenticationHandler
            >(ApiKeyDefaults.Scheme, null)
            .AddScheme<
                Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions,
                IntegrationTokenAuthenticationHandler
            >(IntegrationTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(ApiPolicies.Register);

        services
            .AddControllers(o =>
            {
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                o.Conventions.Add(new HeadAnswersLikeGetConvention());
            })
            .AddJsonOptions(o => ApiError.Configure(o.JsonSerializerOptions));
        services.ConfigureHttpJsonOptions(o => ApiError.Configure(o.SerializerOptions));
        services.Configure<ApiBehaviorOptions>(o =>
        {
            o.InvalidModelStateResponseFactory = InvalidModelStateResponse.Create;
            // Empty-bodied client errors (415...) get the envelope from the status-code pages instead.
            o.SuppressMapClientErrors = true;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddProblemDetails();
        services.AddIncidentsOpenApi();
        builder.AddProxyHeaders();
        builder.AddStatusPage();
        builder.AddHardening();
        builder.AddConsole();
    }

    public static void UseIncidentsPipeline(this WebApplication app)
    {
        app.UseTraceIdHeader();
        app.UseNoSniffHeader();
        // Statuspage's Manage API (/v1): its keys, .json suffix and error shape, around our pipeline.
        app.UseMiddleware<ManageApiAdapterMiddleware>();
        app.UseProxyHeaders();
        app.UseExceptionHandler();
        app.UseApiClientErrorEnvelopes();
        app.UseConsoleStatusPages();
        // A page's own hostname serves it at the root: rewritten before routing picks the endpoint.
        app.UseMiddleware<PageHostMiddleware>();
        app.UseRouting();
        app.UseApiRequestBodyLimit();
        app.UseAuthentication();
        app.UseHardeningLimits();
        app.UseAuthorization();
        app.UseStatusPage();
        app.UseHardeningIdempotency();

        app.MapControllers();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(
            "/health/ready",
            new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }
        );
        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference();
        }
    }
}
