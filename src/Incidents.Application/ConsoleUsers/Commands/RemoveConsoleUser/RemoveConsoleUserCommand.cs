using Incidents.Application.Audit.Common;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUser;

/// <summary>Deletes a user from the install (an owner's act): every role and session ends.</summary>
public sealed record RemoveConsoleUserCommand(Guid UserId, ConsoleActor Actor)
    : ICommand<Unit>,
        IAuditedByHandler;
