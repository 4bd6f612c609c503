using Incidents.Application.Audit.Common;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.SetOwnPassword;

/// <summary>The signed-in user sets their password (the current one is checked when they have one).</summary>
public sealed record SetOwnPasswordCommand(
    string? CurrentPassword,
    string? NewPassword,
    ConsoleActor Actor
) : ICommand<Unit>, IAuditedByHandler
{
    public override string ToString() => $"SetOwnPasswordCommand {{ Actor = {Actor.Name} }}";
}
