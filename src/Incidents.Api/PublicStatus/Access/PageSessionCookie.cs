using Incidents.Infrastructure.PageAccess;

namespace Incidents.Api.PublicStatus.Access;

/// <summary>
/// The visitor's session of one page: a Data Protection payload in a cookie named after the page
/// (a browser can hold sessions of several pages), HttpOnly, SameSite=Lax, Secure over https,
/// for the session lifetime (7 days by default).
/// </summary>
public sealed class PageSessionCookie(PageAccessTokens tokens)
{
    public const string Prefix = "incidents_page_";

    public static string Name(Guid pageId) => Prefix + pageId.ToString("N");

    /// <summary>True when the request carries a live session of this page at its current access version.</summary>
    public bool IsValid(HttpContext context, Guid pageId, int accessVersion) =>
        context.Request.Cookies.TryGetValue(Name(pageId), out var value)
        && tokens.ReadSession(value) is { } ticket
        && ticket.PageId == pageId
        && ticket.AccessVersion == accessVersion;

    public void Issue(HttpContext context, Guid pageId, int accessVersion, string subject) =>
        context.Response.Cookies.Append(
            Name(pageId),
            tokens.CreateSession(pageId, accessVersion, subject),
            new CookieOptions
            {
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                MaxAge = tokens.SessionLifetime,
                IsEssential = true,
            }
        );
}
