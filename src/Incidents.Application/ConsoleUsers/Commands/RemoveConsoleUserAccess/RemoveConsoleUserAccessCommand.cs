using Incidents.Application.Audit.Common;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUserAccess;

/// <summary>Takes away the user's role on the page (the user stays, with their other pages).</summary>
public sealed record RemoveConsoleUserAccessCommand(
    string? PageSlug,
    Guid UserId,
    ConsoleActor Actor
) : ICommand<Unit>, IAuditedByHandler;
