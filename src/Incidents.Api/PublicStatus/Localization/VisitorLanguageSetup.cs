using System.Globalization;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Microsoft.AspNetCore.Localization;

namespace Incidents.Api.PublicStatus.Localization;

/// <summary>
/// The visitor's language, through ASP.NET Core request localisation on
/// <see cref="VisitorLanguageAttribute"/> endpoints only: <c>?lang=</c>, then the switcher's cookie,
/// then Accept-Language, then the page's default language (ADR 0125). A language the page has no
/// text for is skipped, so the next source decides.
/// </summary>
internal static class VisitorLanguageSetup
{
    public const string QueryKey = "lang";

    /// <summary>ASP.NET Core's own culture cookie (<c>c=de|uic=de</c>).</summary>
    public static readonly string CookieName = CookieRequestCultureProvider.DefaultCookieName;

    public static void AddVisitorLanguage(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<PageLanguageDirectory>();
        services.AddSingleton<IDomainEventsCommittedListener, PageLanguageDirectoryInvalidator>();
    }

    public static RequestLocalizationOptions Options()
    {
        var cultures = Languages.Supported.Select(CultureInfo.GetCultureInfo).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Languages.Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // de-AT asks for German: the parent culture is what the page has.
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
            RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider
                {
                    QueryStringKey = QueryKey,
                    UIQueryStringKey = QueryKey,
                },
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
                new PageDefaultLanguageProvider(),
            ],
        };
    }

    /// <summary>After routing (the page's slug is a route value), before the public cache (its key has the language).</summary>
    public static void UseVisitorLanguage(this WebApplication app)
    {
        var options = Options();
        app.UseWhen(
            context =>
                context.GetEndpoint()?.Metadata.GetMetadata<VisitorLanguageAttribute>() is not null,
            branch => branch.UseRequestLocalization(options)
        );
        app.MapGet("/status/{slug}/language/{code}", Switch).ExcludeFromDescription();
    }

    /// <summary>
    /// The switcher's links: remember the language in the culture cookie and go back to the page
    /// (a local path only). A plain link, so it works without JavaScript; the page itself never
    /// sets a cookie, so its answers stay cacheable.
    /// </summary>
    private static IResult Switch(HttpContext context, string slug, string code, string? @return)
    {
        if (Languages.Find(code) is { } language)
        {
            context.Response.Cookies.Append(
                CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions
                {
                    Path = "/",
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    Secure = context.Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                }
            );
        }

        var target = IsLocalPath(@return) ? @return! : "/status/" + Uri.EscapeDataString(slug);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Redirect(target, permanent: false, preserveMethod: false);
    }

    private static bool IsLocalPath(string? path) =>
        !string.IsNullOrEmpty(path)
        && path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Contains("://", StringComparison.Ordinal)
        && !path.Any(char.IsControl);
}
