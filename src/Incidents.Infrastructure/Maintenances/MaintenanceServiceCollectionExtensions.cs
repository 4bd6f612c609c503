using Incidents.Application.Common.Interfaces;
using Incidents.Application.Maintenances.Common;
using Incidents.Application.Maintenances.Queries;
using Incidents.Domain.Maintenances;
using Incidents.Infrastructure.Persistence.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Infrastructure.Maintenances;

public static class MaintenanceServiceCollectionExtensions
{
    /// <summary>Maintenance persistence, recurrence rules and the scheduler.</summary>
    public static IServiceCollection AddMaintenance(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var section = configuration.GetSection(MaintenanceSchedulerOptions.SectionName);
        services.Configure<MaintenanceSchedulerOptions>(section);
        var options =
            section.Get<MaintenanceSchedulerOptions>() ?? new MaintenanceSchedulerOptions();

        services.AddScoped<IMaintenanceRepository, MaintenanceRepository>();
        services.AddScoped<IMaintenanceSeriesRepository, MaintenanceSeriesRepository>();
        services.AddScoped<IMaintenanceReadRepository, MaintenanceReadRepository>();
        services.AddScoped<IMaintenanceScheduleReader, MaintenanceScheduleReader>();
        services.AddSingleton<IRecurrenceCalculator, IcalRecurrenceCalculator>();
        services.AddSingleton<MaintenanceSchedulerSignal>();
        services.AddSingleton<IDomainEventsCommittedListener, MaintenanceCommittedListener>();
        if (options.Enabled)
        {
            services.AddSingleton<MaintenanceScheduler>();
            services.AddHostedService(sp => sp.GetRequiredService<MaintenanceScheduler>());
        }

        return services;
    }
}
