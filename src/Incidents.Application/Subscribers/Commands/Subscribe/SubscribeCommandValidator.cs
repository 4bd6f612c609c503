using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Domain.Subscribers;

namespace Incidents.Application.Subscribers.Commands.Subscribe;

public sealed class SubscribeCommandValidator : AbstractValidator<SubscribeCommand>
{
    public SubscribeCommandValidator()
    {
        RuleFor(c => c.Email)
            .NotEmpty()
            .WithMessage("Email is required.")
            .MaximumLength(Subscriber.EmailMaxLength)
            .WithMessage($"Email must be at most {Subscriber.EmailMaxLength} characters.")
            .EmailAddress()
            .WithMessage("Email must be a valid email address.");
        RuleFor(c => c.Components).AtMostMaxComponents("Components");
        RuleFor(c => c.Language).SupportedLanguage("Language");
    }
}
