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
        // Data Protection (its key ring in the database, shared by every instance) is set up in
        // AddInfrastructure (ADR 0083).
        services.AddSingleton<IPagePasswordHasher, PagePasswordHasher>();
        services.AddSingleton<IPageSignInRateLimiter, PageSignInRateLimiter>();
        services.AddSingleton<PageAccessTokens>();
        services.AddSingleton<IPageSignInLinks, PageSignInLinks>();
        return services;
    }
}
