using FluentValidation;
using Incidents.Application.Common.Validation;

namespace Incidents.Application.Pages.Commands.ChangePageLanguage;

public sealed class ChangePageLanguageCommandValidator
    : AbstractValidator<ChangePageLanguageCommand>
{
    public ChangePageLanguageCommandValidator()
    {
        RuleFor(c => c.DefaultLanguage)
            .NotEmpty()
            .WithMessage("DefaultLanguage is required.")
            .SupportedLanguage("DefaultLanguage");
    }
}
