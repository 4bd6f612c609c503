namespace Incidents.Application.Pages.Common;

/// <summary>How a sign-in attempt ended; <paramref name="AccessVersion"/> goes into the session it opens.</summary>
public sealed record PageSignInResult(PageSignInOutcome Outcome, int AccessVersion = 0)
{
    public static readonly PageSignInResult Refused = new(PageSignInOutcome.Refused);
    public static readonly PageSignInResult RateLimited = new(PageSignInOutcome.RateLimited);
}
