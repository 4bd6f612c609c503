using Incidents.Application.Audit.Common;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.ChangeConsoleUserRole;

/// <summary>Changes the role of a user who has one on the page.</summary>
public sealed record ChangeConsoleUserRoleCommand(
    string? PageSlug,
    Guid UserId,
    string? Role,
    ConsoleActor Actor
) : ICommand<Unit>, IAuditedByHandler;
