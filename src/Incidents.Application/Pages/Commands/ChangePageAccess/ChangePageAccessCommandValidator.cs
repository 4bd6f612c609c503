using FluentValidation;
using Incidents.Domain.Pages;

namespace Incidents.Application.Pages.Commands.ChangePageAccess;

public sealed class ChangePageAccessCommandValidator : AbstractValidator<ChangePageAccessCommand>
{
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;

    public ChangePageAccessCommandValidator()
    {
        RuleFor(c => c.Visibility)
            .NotEmpty()
            .WithMessage("Visibility is required.")
            .Must(v =>
                Enum.TryParse<PageVisibility>(v, ignoreCase: true, out var parsed)
                && Enum.IsDefined(parsed)
                && !int.TryParse(v, out _)
            )
            .WithMessage("Visibility must be one of: Public, Password, Restricted.");
        RuleFor(c => c.Password)
            .Length(PasswordMinLength, PasswordMaxLength)
            .When(c => !string.IsNullOrEmpty(c.Password))
            .WithMessage(
                $"Password must be {PasswordMinLength}-{PasswordMaxLength} characters long."
            );
        // Each entry's form is the page's rule (PageAudience); here only the sizes.
        RuleFor(c => c.AllowedSignIns)
            .Must(l => l is null || l.Count <= PageAudience.MaxEntries)
            .WithMessage($"AllowedSignIns can list at most {PageAudience.MaxEntries} entries.");
        RuleFor(c => c.IpAllowList)
            .Must(l => l is null || l.Count <= PageAudience.MaxEntries)
            .WithMessage($"IpAllowList can list at most {PageAudience.MaxEntries} entries.");
    }
}
