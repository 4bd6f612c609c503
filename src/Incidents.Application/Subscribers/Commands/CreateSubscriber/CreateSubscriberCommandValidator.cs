using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Subscribers;

namespace Incidents.Application.Subscribers.Commands.CreateSubscriber;

public sealed class CreateSubscriberCommandValidator : AbstractValidator<CreateSubscriberCommand>
{
    public CreateSubscriberCommandValidator()
    {
        RuleFor(c => c.Type)
            .NotEmpty()
            .WithMessage("Type is required (Email, Webhook, Slack, Teams or Discord).")
            .Must(t => Vocabulary<SubscriberType>.TryParse(t, out _))
            .WithMessage("Type must be Email, Webhook, Slack, Teams or Discord.");
        RuleFor(c => c.Language).SupportedLanguage("Language");
        When(
            c => IsType(c, SubscriberType.Email),
            () =>
                RuleFor(c => c.Email)
                    .NotEmpty()
                    .WithMessage("Email is required for an Email subscriber.")
                    .MaximumLength(Subscriber.EmailMaxLength)
                    .WithMessage($"Email must be at most {Subscriber.EmailMaxLength} characters.")
        );
        When(
            c => IsType(c, SubscriberType.Webhook),
            () =>
                RuleFor(c => c.Url)
                    .NotEmpty()
                    .WithMessage("Url is required for a Webhook subscriber.")
                    .MaximumLength(Subscriber.UrlMaxLength)
                    .WithMessage($"Url must be at most {Subscriber.UrlMaxLength} characters.")
                    .Must(u => Uri.TryCreate(u, UriKind.Absolute, out _))
                    .WithMessage("Url must be an absolute http or https URL.")
        );
        When(
            c =>
                Vocabulary<SubscriberType>.TryParse(c.Type, out var type)
                && ChatWebhookUrl.IsChat(type),
            () =>
                RuleFor(c => c.Url)
                    .NotEmpty()
                    .WithMessage("Url is required for a Slack, Teams or Discord subscriber.")
                    .MaximumLength(Subscriber.UrlMaxLength)
                    .WithMessage($"Url must be at most {Subscriber.UrlMaxLength} characters.")
                    .Must(u => Uri.TryCreate(u, UriKind.Absolute, out _))
                    .WithMessage("Url must be an absolute http or https URL.")
        );
        RuleFor(c => c.Components).AtMostMaxComponents("Components");
        RuleForEach(c => c.Events)
            .Must(e => e is not null && NotificationEventTypes.IsKnown(e.Trim().ToLowerInvariant()))
            .WithMessage($"Events must be among: {string.Join(", ", NotificationEventTypes.All)}.");
    }

    private static bool IsType(CreateSubscriberCommand c, SubscriberType type) =>
        Vocabulary<SubscriberType>.TryParse(c.Type, out var parsed) && parsed == type;
}
