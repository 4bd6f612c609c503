using Incidents.Application.Common.Interfaces;
using Incidents.Application.Components.Queries;
using Incidents.Application.Incidents.Queries;
using Incidents.Application.Templates.Queries;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Pages;
using Incidents.Domain.Templates;
using Incidents.Infrastructure.Hardening;
using Incidents.Infrastructure.Maintenances;
using Incidents.Infrastructure.Notifications;
using Incidents.Infrastructure.PageAccess;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.PostgreSql;
using Incidents.Infrastructure.Persistence.Repositories;
using Incidents.Infrastructure.Persistence.Sqlite;
using Incidents.Infrastructure.Persistence.SqlServer;
using Incidents.Infrastructure.ScaleOut;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Incidents.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        services.Configure<DatabaseOptions>(section);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(
            DatabaseOptions.ConnectionStringName
        );

        switch (options.Provider)
        {
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<PostgreSqlIncidentsDbContext>(o =>
                    o.UseNpgsql(
                            ConnectionStringDefaults.ForPostgreSql(Require(connectionString)),
                            npgsql => npgsql.EnableRetryOnFailure(3, TimeSpan.FromSeconds(2), null)
                        )
                        .ReplaceService<IModificationCommandBatchFactory, InsertOnlyBatchFactory>()
                );
                services.AddScoped<IncidentsDbContext>(sp =>
                    sp.GetRequiredService<PostgreSqlIncidentsDbContext>()
                );
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<SqlServerIncidentsDbContext>(o =>
                    o.UseSqlServer(
                        Require(connectionString),
                        sql => sql.EnableRetryOnFailure(3, TimeSpan.FromSeconds(2), null)
                    )
                );
                services.AddScoped<IncidentsDbContext>(sp =>
                    sp.GetRequiredService<SqlServerIncidentsDbContext>()
                );
                break;
            default:
                var sqlite = PrepareSqlite(connectionString);
                var sqliteSettings = new SqliteConnectionSettings(
                    configuration
                        .GetSection(SqliteDatabaseOptions.SectionName)
                        .Get<SqliteDatabaseOptions>()
                        ?? new SqliteDatabaseOptions()
                );
                services.AddDbContextPool<SqliteIncidentsDbContext>(o =>
                    o.UseSqlite(sqlite).AddInterceptors(sqliteSettings)
                );
                services.AddScoped<IncidentsDbContext>(sp =>
                    sp.GetRequiredService<SqliteIncidentsDbContext>()
                );
                break;
        }

        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IIncidentRepository, IncidentRepository>();
        services.AddScoped<IIncidentReadRepository, IncidentReadRepository>();
        services.AddScoped<IComponentRepository, ComponentRepository>();
        services.AddScoped<IComponentReadRepository, ComponentReadRepository>();
        services.AddScoped<ITemplateRepository, TemplateRepository>();
        services.AddScoped<ITemplateReadRepository, TemplateReadRepository>();
        services.AddScoped<IStatusPageRepository, StatusPageRepository>();
        services.AddScoped<
            Incidents.Domain.Pages.Branding.IPageAssetRepository,
            PageAssetRepository
        >();
        services.AddScoped<
            Incidents.Application.PublicStatus.Common.IPublicBrandingReader,
            Persistence.PublicStatus.PublicBrandingReader
        >();
        services.AddScoped<IApiKeyRepository, ApiKeyRepository>();
        services.AddScoped<
            Incidents.Domain.Integrations.IIntegrationRepository,
            IntegrationRepository
        >();
        services.AddSingleton<IntegrationLookupCache>();
        services.AddSingleton<IDomainEventsCommittedListener>(sp =>
            sp.GetRequiredService<IntegrationLookupCache>()
        );
        services.AddScoped<DatabaseInitializer>();
        // Cookies and other protected payloads must be readable by every instance on this
        // database, whatever its content root: one key ring in the database, one application
        // name (ADR 0083).
        services
            .AddDataProtection()
            .SetApplicationName("Incidents")
            .PersistKeysToDbContext<IncidentsDbContext>();
        services.AddScaleOut(configuration);
        services.AddHardeningInfrastructure(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddNotifications(configuration);
        services.AddMaintenance(configuration);
        services.AddPageAccess(configuration);
        services
            .AddHealthChecks()
            .AddDbContextCheck<IncidentsDbContext>(
                "database",
                HealthStatus.Unhealthy,
                tags: ["ready"]
            );
        return services;
    }

    private static string Require(string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                "ConnectionStrings:Incidents is required for the PostgreSql and SqlServer providers."
            )
            : connectionString;

    /// <summary>Defaults to data/incidents.db and creates its folder, so a fresh clone runs with no setup.</summary>
    private static string PrepareSqlite(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString)
                ? DatabaseOptions.DefaultSqliteConnectionString
                : connectionString
        );
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
