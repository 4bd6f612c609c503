using FluentValidation;
using Incidents.Application.ConsoleUsers.Common;

namespace Incidents.Application.ConsoleUsers.Commands.ChangeConsoleUserRole;

public sealed class ChangeConsoleUserRoleCommandValidator
    : AbstractValidator<ChangeConsoleUserRoleCommand>
{
    public ChangeConsoleUserRoleCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("User is required.");
        RuleFor(c => c.Role).PageRole();
        RuleFor(c => c.Actor).NotNull().WithMessage("The acting person is required.");
    }
}
