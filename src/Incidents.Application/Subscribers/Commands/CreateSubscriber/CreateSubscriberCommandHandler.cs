using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Subscribers.Common;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.CreateSubscriber;

/// <summary>Admin-created subscribers are active at once: the admin vouches for the address.</summary>
public sealed class CreateSubscriberCommandHandler(
    ISubscriberRepository subscribers,
    SubscriberComponentGuard componentGuard,
    ICurrentCaller caller,
    IChatDestinationPolicy chatDestinations,
    TimeProvider timeProvider
) : ICommandHandler<CreateSubscriberCommand, CreatedSubscriber>
{
    public const string DuplicateEmailMessage =
        "A subscriber with this Email already exists on the page.";

    public async ValueTask<CreatedSubscriber> Handle(
        CreateSubscriberCommand command,
        CancellationToken cancellationToken
    )
    {
        var components = command.Components ?? [];
        await componentGuard.EnsureExistAsync(caller.PageId, components, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var type = Vocabulary<SubscriberType>.Parse(command.Type!);
        var subscriber = type switch
        {
            SubscriberType.Slack or SubscriberType.Teams or SubscriberType.Discord =>
                Subscriber.CreateChat(
                    caller.PageId,
                    type,
                    new Uri(command.Url!, UriKind.Absolute),
                    components,
                    command.Events,
                    chatDestinations.AllowAnyHost,
                    now
                ),
            SubscriberType.Webhook => Subscriber.CreateWebhook(
                caller.PageId,
                new Uri(command.Url!, UriKind.Absolute),
                components,
                command.Events,
                now
            ),
            _ => Subscriber.CreateEmail(
                caller.PageId,
                command.Email!,
                components,
                command.Events,
                confirmed: true,
                now
            ),
        };
        // One subscriber per address and page, as self-service sign-up keeps it: a second one would
        // mail every event twice. Webhook URLs may repeat (different filters, different secrets).
        if (
            subscriber.Email is { } email
            && await subscribers.GetEmailAsync(caller.PageId, email, cancellationToken) is not null
        )
        {
            throw new InvalidRequestException(DuplicateEmailMessage);
        }

        subscribers.Add(subscriber);
        return new CreatedSubscriber(subscriber.Id, subscriber.Secret);
    }
}
