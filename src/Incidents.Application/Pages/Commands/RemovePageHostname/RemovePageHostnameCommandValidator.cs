using FluentValidation;

namespace Incidents.Application.Pages.Commands.RemovePageHostname;

public sealed class RemovePageHostnameCommandValidator
    : AbstractValidator<RemovePageHostnameCommand>
{
    public RemovePageHostnameCommandValidator() =>
        RuleFor(c => c.Hostname).NotEmpty().WithMessage("Hostname is required.");
}
