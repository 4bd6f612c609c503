namespace Incidents.Api.OperatorConsole.Models;

/// <summary>A passkey ceremony's answer as the console's script posts it: the browser's credential as JSON.</summary>
public sealed class PasskeyForm
{
    /// <summary>The passkey's name (adding only).</summary>
    public string? Name { get; set; }

    /// <summary><c>JSON.stringify()</c> of what <c>navigator.credentials.create()</c> or <c>.get()</c> returned.</summary>
    public string? CredentialJson { get; set; }

    /// <summary>Where to go after signing in (signing in only).</summary>
    public string? ReturnUrl { get; set; }
}
