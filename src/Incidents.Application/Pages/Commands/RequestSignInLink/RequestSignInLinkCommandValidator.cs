using FluentValidation;

namespace Incidents.Application.Pages.Commands.RequestSignInLink;

public sealed class RequestSignInLinkCommandValidator : AbstractValidator<RequestSignInLinkCommand>
{
    public RequestSignInLinkCommandValidator()
    {
        RuleFor(c => c.Email)
            .NotEmpty()
            .WithMessage("Email is required.")
            .MaximumLength(254)
            .WithMessage("Email must be at most 254 characters.")
            .EmailAddress()
            .WithMessage("Email must be a valid email address.");
    }
}
