namespace Incidents.Api.OperatorConsole;

/// <summary>Names shared by the console's setup, controllers and views.</summary>
public static class ConsoleAuth
{
    /// <summary>The console's session cookie scheme: Identity's application cookie (IdentityConstants.ApplicationScheme, a constant here for attributes).</summary>
    public const string Scheme = "Identity.Application";

    public const string SignInRateLimitPolicy = "console-sign-in";

    public const string CookieName = "incidents.console";

    public const string AntiforgeryHeaderName = "RequestVerificationToken";
}
