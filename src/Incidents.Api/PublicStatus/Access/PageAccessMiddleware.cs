using Incidents.Api.Common;
using Incidents.Api.PublicStatus.Caching;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;

namespace Incidents.Api.PublicStatus.Access;

/// <summary>
/// Runs before the snapshot cache on every <see cref="PageAccessAttribute"/> route: a public page
/// passes untouched; a non-public page needs an allowed IP range, the visitor's session of that page
/// at its current access version, or (feeds, calendar, badge) the feed token. Otherwise a page for
/// people redirects to the sign-in page and everything else is a 401 envelope — nothing of the page,
/// not even whether an incident id exists, is in either answer (ADR 0121).
/// </summary>
internal sealed class PageAccessMiddleware(
    RequestDelegate next,
    PageDirectory pages,
    PageAccessDirectory access,
    PageSessionCookie sessions
)
{
    public const string SignInRequiredMessage = "This status page is private: sign in to read it.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<PageAccessAttribute>() is not { } marker)
        {
            await next(context);
            return;
        }

        var slug = Slug(context);
        if (
            await pages.FindAsync(slug, context.RequestAborted) is not { } pageId
            || await access.GetAsync(pageId, context.RequestAborted) is not { } entry
            || entry.Rules.IsPublic
        )
        {
            await next(context); // a public or unknown page: as before
            return;
        }

        if (
            entry.AllowsAddress(context.Connection.RemoteIpAddress)
            || sessions.IsValid(context, pageId, entry.Rules.AccessVersion)
            || (
                marker.Kind == PageAccessKind.Feed
                && PageFeedToken.Matches(
                    entry.Rules.FeedTokenHash,
                    context.Request.Query["token"].ToString()
                )
            )
        )
        {
            // A private page's answers are for this visitor only: no shared cache may keep them.
            context.Response.OnStarting(
                static state =>
                {
                    ((HttpResponse)state).Headers.CacheControl = "private, no-cache";
                    return Task.CompletedTask;
                },
                context.Response
            );
            await next(context);
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        if (marker.Kind == PageAccessKind.Html)
        {
            var back =
                context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect(
                $"/status/{Uri.EscapeDataString(slug)}/signin?ReturnUrl={Uri.EscapeDataString(back)}"
            );
            return;
        }

        await ApiError.WriteAsync(
            context,
            StatusCodes.Status401Unauthorized,
            SignInRequiredMessage
        );
    }

    private static string Slug(HttpContext context) =>
        context.GetRouteValue("slug") as string
        ?? context.GetRouteValue("pageSlug") as string
        ?? StatusPage.DefaultSlug;
}
