using FluentValidation;
using Incidents.Domain.Pages;

namespace Incidents.Application.Pages.Commands.CreatePage;

public sealed class CreatePageCommandValidator : AbstractValidator<CreatePageCommand>
{
    public CreatePageCommandValidator()
    {
        RuleFor(c => c.Slug)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Slug is required.")
            .MaximumLength(StatusPage.SlugMaxLength)
            .WithMessage($"Slug must be at most {StatusPage.SlugMaxLength} characters.")
            // \z rather than $: $ also matches before a trailing newline.
            .Matches(@"^[a-z0-9][a-z0-9-]*\z")
            .WithMessage("Slug may contain only lowercase letters, digits and hyphens.");
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Name is required.")
            .MaximumLength(StatusPage.NameMaxLength)
            .WithMessage($"Name must be at most {StatusPage.NameMaxLength} characters.");
    }
}
