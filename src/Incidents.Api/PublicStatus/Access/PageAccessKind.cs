namespace Incidents.Api.PublicStatus.Access;

/// <summary>How a route of a non-public page answers a visitor without access.</summary>
public enum PageAccessKind
{
    /// <summary>A page for people: redirected to the sign-in page.</summary>
    Html,

    /// <summary>JSON, SSE and form posts: 401 with the error envelope.</summary>
    Json,

    /// <summary>Feeds, calendar and badge: also open with the page's feed token (<c>?token=</c>); else 401.</summary>
    Feed,
}
