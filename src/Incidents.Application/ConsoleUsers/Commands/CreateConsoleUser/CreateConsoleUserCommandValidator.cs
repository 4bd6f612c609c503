using FluentValidation;
using Incidents.Application.ConsoleUsers.Common;

namespace Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;

public sealed class CreateConsoleUserCommandValidator : AbstractValidator<CreateConsoleUserCommand>
{
    public CreateConsoleUserCommandValidator()
    {
        RuleFor(c => c.Email).ConsoleEmail();
        RuleFor(c => c.Role)
            .Must(r =>
                string.Equals(
                    r?.Trim(),
                    CreateConsoleUserCommand.OwnerRole,
                    StringComparison.OrdinalIgnoreCase
                ) || ConsoleUserValidation.IsPageRole(r)
            )
            .WithMessage("Role must be one of: Owner, Admin, Write, Read.");
        RuleFor(c => c.Password)
            .Must(p => p is null || p.Length > 0)
            .WithMessage("Password must not be empty.");
        RuleFor(c => c.Actor).NotNull().WithMessage("The acting person is required.");
    }
}
