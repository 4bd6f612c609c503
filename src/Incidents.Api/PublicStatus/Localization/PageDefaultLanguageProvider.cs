using Incidents.Domain.Pages;
using Microsoft.AspNetCore.Localization;

namespace Incidents.Api.PublicStatus.Localization;

/// <summary>The last word: the default language of the page the request is for (by its route slug).</summary>
internal sealed class PageDefaultLanguageProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(
        HttpContext httpContext
    )
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var slug =
            httpContext.GetRouteValue("slug") as string
            ?? httpContext.GetRouteValue("pageSlug") as string
            ?? StatusPage.DefaultSlug;
        var language = await httpContext
            .RequestServices.GetRequiredService<PageLanguageDirectory>()
            .FindAsync(slug, httpContext.RequestAborted);
        return language is null ? null : new ProviderCultureResult(language);
    }
}
