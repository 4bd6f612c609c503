using FluentValidation;

namespace Incidents.Application.Pages.Commands.ChangePageTimeZone;

public sealed class ChangePageTimeZoneCommandValidator
    : AbstractValidator<ChangePageTimeZoneCommand>
{
    public ChangePageTimeZoneCommandValidator()
    {
        // Whether the zone exists is the page's rule (StatusPage.ChangeTimeZone).
        RuleFor(c => c.TimeZone).NotEmpty().WithMessage("TimeZone is required.");
    }
}
