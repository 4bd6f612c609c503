using FluentValidation;

namespace Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUser;

public sealed class RemoveConsoleUserCommandValidator : AbstractValidator<RemoveConsoleUserCommand>
{
    public RemoveConsoleUserCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("User is required.");
        RuleFor(c => c.Actor).NotNull().WithMessage("The acting person is required.");
    }
}
