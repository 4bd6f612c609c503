using FluentValidation;
using Incidents.Domain.Pages;

namespace Incidents.Application.Pages.Commands.AddPageHostname;

public sealed class AddPageHostnameCommandValidator : AbstractValidator<AddPageHostnameCommand>
{
    public AddPageHostnameCommandValidator()
    {
        // Whether it is a DNS name is the page's rule (PageHostname.Normalize).
        RuleFor(c => c.Hostname)
            .NotEmpty()
            .WithMessage("Hostname is required.")
            .MaximumLength(PageHostname.MaxLength)
            .WithMessage($"Hostname must be at most {PageHostname.MaxLength} characters.");
    }
}
