using System.Text.Encodings.Web;
using System.Text.Unicode;
using Incidents.Api.PublicStatus.Access;
using Incidents.Api.PublicStatus.Caching;
using Incidents.Api.PublicStatus.Compression;
using Incidents.Api.PublicStatus.Hosting;
using Incidents.Api.PublicStatus.Live;
using Incidents.Api.PublicStatus.Localization;
using Incidents.Application.Common.Interfaces;
using Incidents.Infrastructure.Persistence.PublicStatus;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Incidents.Api.PublicStatus;

/// <summary>The public status page: views, public JSON, feeds, badge, cache and live events.</summary>
internal static class StatusPageSetup
{
    public static void AddStatusPage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StatusPageOptions>(
            builder.Configuration.GetSection(StatusPageOptions.SectionName)
        );
        var publicBaseUrl = builder.Configuration["PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            services.PostConfigure<StatusPageOptions>(o => o.PublicBaseUrl = publicBaseUrl);
        }
        services.AddControllersWithViews();
        // Every rendered view gets its page's brand for the layout (issue 15).
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
            o.Filters.Add<Branding.PageBrandingViewFilter>()
        );
        // Non-Latin incident text stays readable in the HTML; markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o =>
            o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)
        );
        services.AddPublicStatusPersistence();
        services.AddSingleton<PageDirectory>();
        services.AddSingleton<PageHostDirectory>();
        services.AddSingleton<IDomainEventsCommittedListener, PageHostDirectoryInvalidator>();
        services.AddSingleton<IStatusPageBroadcaster, InProcessStatusPageBroadcaster>();
        services.AddSingleton<IDomainEventsCommittedListener, StatusPageCacheEvictor>();
        services.AddSingleton<PublicResponseCache>();
        // Non-public pages (issue 15): access rules in memory, sessions, antiforgery on sign-in forms.
        services.AddSingleton<PageAccessDirectory>();
        services.AddSingleton<IDomainEventsCommittedListener, PageAccessDirectoryInvalidator>();
        services.AddSingleton<PageSessionCookie>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "incidents_antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddVisitorLanguage();
    }

    /// <summary>Call before MapControllers: security headers first (on every answer), then the cache.</summary>
    public static void UseStatusPage(this WebApplication app)
    {
        app.UseMiddleware<PrecompressedStaticFiles>();
        app.UseStaticFiles();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Before the cache: a cached private page is never served to a visitor without access.
        app.UseMiddleware<PageAccessMiddleware>();
        app.UseVisitorLanguage();
        app.UseMiddleware<PublicResponseCacheMiddleware>();
        app.MapGet("/status/{slug}/events", StatusPageEventsEndpoint.HandleAsync)
            .WithMetadata(new PageAccessAttribute(PageAccessKind.Json))
            .ExcludeFromDescription();
        if (
            app
                .Services.GetRequiredService<IOptions<StatusPageOptions>>()
                .Value.EnableBenchmarkEndpoint
        )
        {
            BareBenchmarkEndpoint.Map(app);
        }
    }
}
