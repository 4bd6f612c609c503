namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The account page's passkey section: the user's passkeys and the outcome of the last change.</summary>
public sealed record PasskeysViewModel(
    IReadOnlyList<PasskeyItem> Passkeys,
    string? Message,
    string? Error
);
