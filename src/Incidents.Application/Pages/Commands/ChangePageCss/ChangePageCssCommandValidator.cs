using FluentValidation;

namespace Incidents.Application.Pages.Commands.ChangePageCss;

public sealed class ChangePageCssCommandValidator : AbstractValidator<ChangePageCssCommand>
{
    public ChangePageCssCommandValidator()
    {
        // Size and content are the page's rules (CustomCss).
        RuleFor(c => c.Css).NotEmpty().WithMessage("Css is required.");
    }
}
