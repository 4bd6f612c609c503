using FluentValidation;

namespace Incidents.Application.ConsoleUsers.Commands.SetOwnPassword;

public sealed class SetOwnPasswordCommandValidator : AbstractValidator<SetOwnPasswordCommand>
{
    public SetOwnPasswordCommandValidator()
    {
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("NewPassword is required.");
        RuleFor(c => c.Actor.UserId)
            .NotNull()
            .WithMessage("Only a signed-in user sets their own password.");
    }
}
