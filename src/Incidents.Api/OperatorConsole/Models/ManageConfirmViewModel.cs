namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The confirmation step before something is removed for good (a component, a subscriber, a key).</summary>
/// <param name="Action">Where the confirming form posts.</param>
/// <param name="CancelUrl">Where "Cancel" leads back to.</param>
public sealed record ManageConfirmViewModel(
    ConsolePageAccess Access,
    string Title,
    string Question,
    string Action,
    string Button,
    string CancelUrl
);
