namespace Incidents.Api.OperatorConsole;

/// <summary>Settings of passkey sign-in (section <c>Console:Passkeys</c>), ADR 140.</summary>
public sealed class ConsolePasskeyOptions
{
    /// <summary>
    /// The relying party id passkeys are bound to (a domain, no scheme or port). Empty: the host of
    /// <see cref="ConsoleOptions.PublicUrl"/>, else the host of each request.
    /// </summary>
    public string? ServerDomain { get; set; }

    /// <summary>
    /// The origins (scheme://host[:port]) a browser may answer from. Empty: the origin of
    /// <see cref="ConsoleOptions.PublicUrl"/>, else the origin of each request.
    /// </summary>
    public List<string> Origins { get; set; } = [];
}
