using FluentValidation;
using Incidents.Application.ConsoleUsers.Common;

namespace Incidents.Application.ConsoleUsers.Commands.InviteConsoleUser;

public sealed class InviteConsoleUserCommandValidator : AbstractValidator<InviteConsoleUserCommand>
{
    public InviteConsoleUserCommandValidator()
    {
        RuleFor(c => c.Email).ConsoleEmail();
        RuleFor(c => c.Role).PageRole();
        RuleFor(c => c.Actor).NotNull().WithMessage("The acting person is required.");
    }
}
