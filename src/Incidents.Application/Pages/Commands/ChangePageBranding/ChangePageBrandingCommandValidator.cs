using FluentValidation;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Application.Pages.Commands.ChangePageBranding;

/// <summary>Shape only; colours' contrast, links' scheme and lengths are the page's rules (PageBranding).</summary>
public sealed class ChangePageBrandingCommandValidator
    : AbstractValidator<ChangePageBrandingCommand>
{
    public ChangePageBrandingCommandValidator()
    {
        RuleFor(c => c.HeaderLinks)
            .Must(links => links is null || links.Count <= PageBranding.MaxHeaderLinks)
            .WithMessage($"A page can have at most {PageBranding.MaxHeaderLinks} header links.");
        RuleForEach(c => c.HeaderLinks).NotNull().WithMessage("HeaderLinks must not contain null.");
    }
}
