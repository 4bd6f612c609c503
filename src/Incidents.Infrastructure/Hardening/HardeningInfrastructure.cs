using Incidents.Application.Common.Idempotency;
using Incidents.Domain.Audit;
using Incidents.Infrastructure.Persistence.Audit;
using Incidents.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Infrastructure.Hardening;

public static class HardeningInfrastructure
{
    /// <summary>Audit trail and idempotency records in the database.</summary>
    public static IServiceCollection AddHardeningInfrastructure(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services.Configure<IdempotencyOptions>(
            configuration.GetSection(IdempotencyOptions.SectionName)
        );
        services.AddScoped<IAuditLog, EfAuditLog>();
        services.AddSingleton<EfIdempotencyStore>();
        services.AddSingleton<IIdempotencyStore>(sp => sp.GetRequiredService<EfIdempotencyStore>());
        services.AddSingleton<IIdempotencyInFlightMarker>(sp =>
            sp.GetRequiredService<EfIdempotencyStore>()
        );
        return services;
    }
}
