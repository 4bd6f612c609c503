namespace Incidents.Application.Pages.Common;

public enum PageSignInOutcome
{
    /// <summary>Signed in (password), or the request was accepted (a link is mailed when the address may read the page).</summary>
    Accepted,

    /// <summary>Wrong password, or the page is not one this way of signing in applies to.</summary>
    Refused,

    /// <summary>Too many failed attempts (per client or per page) or link requests (per client).</summary>
    RateLimited,
}
