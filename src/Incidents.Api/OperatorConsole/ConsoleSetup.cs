using Incidents.Api.Hardening;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Infrastructure.OperatorConsole;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// The operator console at /admin: ASP.NET Core Identity on the service's database, a session
/// cookie only the console's routes read (the admin API keeps its API keys), antiforgery, and a
/// rate limit on sign-in. Docs: docs/console.md; ADR 110–112.
/// </summary>
internal static class ConsoleSetup
{
    public static void AddConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(ConsoleOptions.SectionName);
        services.Configure<ConsoleOptions>(section);
        var options = section.Get<ConsoleOptions>() ?? new ConsoleOptions();

        services
            .AddIdentityCore<ConsoleUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<IncidentsDbContext>()
            .AddDefaultTokenProviders();
        // Identity's own cookies (application, external, two-factor) on the app's authentication;
        // the default scheme stays the API key, so the API never reads a console cookie.
        new AuthenticationBuilder(services).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ConsoleAuth.CookieName;
            o.Cookie.Path = "/admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
            o.SlidingExpiration = true;
            o.LoginPath = "/admin/signin";
            o.LogoutPath = "/admin/signout";
            o.Events.OnRedirectToLogin = RedirectOnlyPageViews;
            // A role that may not do something gets 403, never a redirect (a forged POST included);
            // no role on the page at all is 404, as for a page that does not exist (no oracle).
            o.Events.OnRedirectToAccessDenied = context =>
            {
                var http = context.HttpContext;
                context.Response.StatusCode =
                    http.GetRouteValue("slug") is not null
                    && !http.Items.ContainsKey(typeof(ConsolePageAccess))
                        ? StatusCodes.Status404NotFound
                        : StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(options.SessionCheckSeconds)
        );
        // Antiforgery options are one set for the whole application: the cookie is configured with
        // the private pages' sign-in forms (StatusPageSetup: incidents_antiforgery, SameSite=Strict,
        // path /); the console only adds the header its scripts send.
        services.AddAntiforgery(o => o.HeaderName = ConsoleAuth.AntiforgeryHeaderName);
        services.Configure<RateLimiterOptions>(o =>
            o.AddPolicy(
                ConsoleAuth.SignInRateLimitPolicy,
                context =>
                    ApiRateLimiting.Bucket(
                        context,
                        "console-sign-in:" + context.Connection.RemoteIpAddress,
                        options.SignInPermitsPerMinute,
                        options.SignInBurst
                    )
            )
        );
        services.AddConsolePasskeys(options);
        services.AddScoped<ConsoleDirectory>();
        services.AddScoped<ConsoleUserService>();
        services.AddScoped<IConsoleUserDirectory, IdentityConsoleUserDirectory>();
        services.AddConsoleInviteMail();
        services.AddScoped<IClaimsTransformation, ConsoleClaimsTransformation>();
        builder.AddConsoleOidc();
        // Both act under /admin only (ADR 160, 161).
        services.Configure<MvcOptions>(o =>
        {
            o.Filters.Add<ConsoleIdempotencyFilter>();
            o.Filters.Add<ConsoleNotFoundFilter>();
        });
    }

    /// <summary>
    /// An error under /admin answered without a body (unknown route, no role on the page, a refused
    /// form) becomes the console's error page in its layout; the API keeps its envelopes.
    /// </summary>
    public static void UseConsoleStatusPages(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/admin"),
            branch => branch.UseStatusCodePagesWithReExecute(ConsoleErrorPage.ReExecutePath)
        );

    /// <summary>A browser opening a console page is sent to sign in; anything else is simply 401.</summary>
    private static Task RedirectOnlyPageViews(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }

        return Task.CompletedTask;
    }
}
