using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Notifications.Common;
using Incidents.Application.Subscribers.Common;
using Incidents.Domain.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.CreateSubscriber;

/// <summary>Admin-created subscribers are active at once: the admin vouches for the address.</summary>
public sealed class CreateSubscriberCommandHandler(
    ISubscriberRepository subscribers,
    SubscriberComponentGuard componentGuard,
    IIncidentRepository incidents,
    ICurrentCaller caller,
    IChatDestinationPolicy chatDestinations,
    INotificationPageReader pages,
    TimeProvider timeProvider
) : ICommandHandler<CreateSubscriberCommand, CreatedSubscriber>
{
    public const string DuplicateEmailMessage =
        "A subscriber with this Email already exists on the page.";

    public const string FollowerMustBeEmailMessage =
        "IncidentId applies only to Email subscribers.";

    public const string DuplicateFollowerMessage =
        "A subscriber with this Email already follows this incident.";

    public async ValueTask<CreatedSubscriber> Handle(
        CreateSubscriberCommand command,
        CancellationToken cancellationToken
    )
    {
        if (command.IncidentId is { } incidentId)
        {
            return await FollowAsync(command, incidentId, cancellationToken);
        }

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
                now,
                await LanguageAsync(command, cancellationToken)
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

    /// <summary>The chosen language, else the page's default (read only when none is chosen).</summary>
    private async Task<string> LanguageAsync(
        CreateSubscriberCommand command,
        CancellationToken cancellationToken
    ) =>
        command.Language
        ?? (await pages.GetPageAsync(caller.PageId, cancellationToken))?.DefaultLanguage
        ?? Languages.Default;

    /// <summary>An admin-made follower of one incident: confirmed at once, like any admin-made subscriber.</summary>
    private async Task<CreatedSubscriber> FollowAsync(
        CreateSubscriberCommand command,
        Guid incidentId,
        CancellationToken cancellationToken
    )
    {
        if (Vocabulary<SubscriberType>.Parse(command.Type!) != SubscriberType.Email)
        {
            throw new InvalidRequestException(FollowerMustBeEmailMessage);
        }

        var incident =
            await incidents.GetAsync(caller.PageId, incidentId, cancellationToken)
            ?? throw new InvalidRequestException(IncidentLoader.NotFoundMessage);
        if (incident.IsResolved)
        {
            throw new InvalidRequestException(Incident.AlreadyResolvedMessage);
        }

        var follower = Subscriber.FollowIncident(
            caller.PageId,
            command.Email!,
            incidentId,
            command.UntilPostmortem ?? false,
            timeProvider.GetUtcNow(),
            await LanguageAsync(command, cancellationToken)
        );
        if (
            await subscribers.GetFollowerAsync(
                caller.PageId,
                follower.Email!,
                incidentId,
                cancellationToken
            )
            is not null
        )
        {
            throw new InvalidRequestException(DuplicateFollowerMessage);
        }

        follower.Confirm();
        subscribers.Add(follower);
        return new CreatedSubscriber(follower.Id, follower.Secret);
    }
}
