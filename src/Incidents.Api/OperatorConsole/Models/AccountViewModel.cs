namespace Incidents.Api.OperatorConsole.Models;

public sealed record AccountViewModel(
    string Email,
    bool HasPassword,
    bool IsOwner,
    IReadOnlyList<ConsolePageAccess> Pages,
    string? Message
);
