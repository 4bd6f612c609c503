using FluentValidation;

namespace Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUserAccess;

public sealed class RemoveConsoleUserAccessCommandValidator
    : AbstractValidator<RemoveConsoleUserAccessCommand>
{
    public RemoveConsoleUserAccessCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("User is required.");
        RuleFor(c => c.Actor).NotNull().WithMessage("The acting person is required.");
    }
}
