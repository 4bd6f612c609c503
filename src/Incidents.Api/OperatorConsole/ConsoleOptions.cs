namespace Incidents.Api.OperatorConsole;

/// <summary>Settings of the operator console (section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts per minute from one client address.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    public int SignInBurst { get; set; } = 10;

    /// <summary>How long a session lasts without use.</summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>
    /// How often a session is checked against the user's security stamp: 0 checks every request, so
    /// "sign out everywhere" and a removed user end every session at once.
    /// </summary>
    public int SessionCheckSeconds { get; set; }

    /// <summary>The origin links in emails and the CLI start with; PublicBaseUrl or the listen address when empty.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Passkey (WebAuthn) settings: the relying party's domain and the origins allowed to answer.</summary>
    public ConsolePasskeyOptions Passkeys { get; set; } = new();
}
