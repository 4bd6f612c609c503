using Incidents.Application.Common.Exceptions;
using Incidents.Application.Notifications.Common;
using Incidents.Application.Subscribers.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.Subscribe;

public sealed class SubscribeCommandHandler(
    ISubscriberRepository subscribers,
    INotificationPageReader pages,
    SubscriberComponentGuard componentGuard,
    IIncidentRepository incidents,
    ISubscriptionRateLimiter rateLimiter,
    TimeProvider timeProvider
) : ICommandHandler<SubscribeCommand, SubscribeOutcome>
{
    public const string IncidentNotFoundMessage = "Incident not found.";

    public const string IncidentResolvedMessage =
        "This incident is resolved: there are no more updates to follow.";

    public async ValueTask<SubscribeOutcome> Handle(
        SubscribeCommand command,
        CancellationToken cancellationToken
    )
    {
        var page =
            await pages.GetPageBySlugAsync(command.PageSlug, cancellationToken)
            ?? throw new NotFoundException($"Status page '{command.PageSlug}' not found.");
        var now = timeProvider.GetUtcNow();
        var language = command.Language ?? page.DefaultLanguage;
        Subscriber candidate;
        Subscriber? existing;
        if (command.IncidentId is { } incidentId)
        {
            // Following one incident: only one this page shows and that can still change.
            var incident =
                await incidents.GetAsync(page.Id, incidentId, cancellationToken)
                ?? throw new NotFoundException(IncidentNotFoundMessage);
            if (incident.IsResolved)
            {
                throw new InvalidRequestException(IncidentResolvedMessage);
            }

            candidate = Subscriber.FollowIncident(
                page.Id,
                command.Email!,
                incidentId,
                command.UntilPostmortem ?? false,
                now,
                language
            );
            existing = await subscribers.GetFollowerAsync(
                page.Id,
                candidate.Email!,
                incidentId,
                cancellationToken
            );
        }
        else
        {
            var components = command.Components ?? [];
            await componentGuard.EnsureExistAsync(page.Id, components, cancellationToken);
            candidate = Subscriber.CreateEmail(
                page.Id,
                command.Email!,
                components,
                null,
                false,
                now,
                language
            );
            existing = await subscribers.GetEmailAsync(
                page.Id,
                candidate.Email!,
                cancellationToken
            );
        }

        if (existing is { IsConfirmed: true })
        {
            return SubscribeOutcome.Accepted;
        }

        if (!rateLimiter.TryAcquire(candidate.Email!, command.ClientKey))
        {
            return SubscribeOutcome.RateLimited;
        }

        var subscriber = existing ?? candidate;
        if (existing is null)
        {
            subscribers.Add(subscriber);
        }

        subscribers.AddDelivery(
            Delivery.Create(
                page.Id,
                subscriber.Id,
                NotificationEventTypes.SubscriptionConfirmation,
                DeliveryPayload.Create(NotificationPayloads.ForConfirmation(page, now), now),
                now
            )
        );
        return SubscribeOutcome.Accepted;
    }
}
