using Incidents.Application.Pages.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Infrastructure.PageAccess;

public static class PageAccessServiceCollectionExtensions
{
    /// <summary>Password hashing, sign-in limits, session and link tokens of non-public pages.</summary>
    public static IServiceCollection AddPageAccess(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services.Configure<PageAccessOptions>(
            configuration.GetSection(PageAccessOptions.SectionName)
        );
        // Data Protection's key ring is configured once for the service (persisted by the host).
        services.AddDataProtection();
        services.AddSingleton<IPagePasswordHasher, PagePasswordHasher>();
        services.AddSingleton<IPageSignInRateLimiter, PageSignInRateLimiter>();
        services.AddSingleton<PageAccessTokens>();
        services.AddSingleton<IPageSignInLinks, PageSignInLinks>();
        return services;
    }
}
