using Incidents.Application.PublicStatus.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Infrastructure.Persistence.PublicStatus;

public static class PublicStatusPersistence
{
    public static IServiceCollection AddPublicStatusPersistence(this IServiceCollection services) =>
        services.AddScoped<IPublicStatusReader, PublicStatusReader>();
}
