using FluentValidation;
using Incidents.Application.Common.Observability;
using Incidents.Application.Components.Common;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Maintenances.Common;
using Incidents.Application.Templates.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Incidents.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators are discovered from this assembly, so a new use case needs no registration here;
    /// handlers are discovered by the Mediator source generator in the Api project. Validators
    /// are singletons: they hold only their rules (no services), and building the rules on every
    /// request was 2 % of a create's CPU (issue 16).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly,
            ServiceLifetime.Singleton,
            includeInternalTypes: true
        );
        services.AddScoped<AffectedComponentsGuard>();
        services.AddScoped<ComponentStatusSynchronizer>();
        services.AddScoped<IncidentLoader>();
        services.AddScoped<Integrations.Common.AlertRules>();
        services.AddScoped<ComponentNameGuard>();
        services.AddScoped<MaintenanceLoader>();
        services.AddScoped<ConsoleUsers.Common.ConsoleUserRules>();
        services.AddScoped<MaintenanceSeriesPlanner>();
        services.AddScoped<TemplateLoader>();
        services.AddScoped<TemplateNameGuard>();
        services.AddScoped<TemplatePrefill>();
        services.TryAddSingleton<IncidentsMetrics>();
        return services;
    }
}
