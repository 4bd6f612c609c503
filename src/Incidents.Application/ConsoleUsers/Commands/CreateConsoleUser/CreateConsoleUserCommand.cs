using Incidents.Application.Audit.Common;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;

/// <summary>
/// Creates a console user: an owner (<paramref name="Role"/> "Owner"), or Read/Write/Admin on the
/// page <paramref name="PageSlug"/>; without <paramref name="Password"/> the result carries a
/// one-time sign-in token. The CLI's <c>users create</c>.
/// </summary>
public sealed record CreateConsoleUserCommand(
    string? Email,
    string? Role,
    string? PageSlug,
    string? Password,
    ConsoleActor Actor
) : ICommand<CreatedConsoleUser>, IAuditedByHandler
{
    public const string OwnerRole = "Owner";

    public bool IsOwner =>
        string.Equals(Role?.Trim(), OwnerRole, StringComparison.OrdinalIgnoreCase);

    // The password never reaches logs through the record's generated ToString.
    public override string ToString() =>
        $"CreateConsoleUserCommand {{ Email = {Email}, Role = {Role}, PageSlug = {PageSlug} }}";
}
