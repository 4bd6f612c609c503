using Incidents.Application.Common.Exceptions;
using Incidents.Application.Notifications.Common;
using Incidents.Application.Subscribers.Common;
using Incidents.Domain.Subscribers;
using Mediator;

namespace Incidents.Application.Subscribers.Commands.Subscribe;

public sealed class SubscribeCommandHandler(
    ISubscriberRepository subscribers,
    INotificationPageReader pages,
    SubscriberComponentGuard componentGuard,
    ISubscriptionRateLimiter rateLimiter,
    TimeProvider timeProvider
) : ICommandHandler<SubscribeCommand, SubscribeOutcome>
{
    public async ValueTask<SubscribeOutcome> Handle(
        SubscribeCommand command,
        CancellationToken cancellationToken
    )
    {
        var page =
            await pages.GetPageBySlugAsync(command.PageSlug, cancellationToken)
            ?? throw new NotFoundException($"Status page '{command.PageSlug}' not found.");
        var components = command.Components ?? [];
        await componentGuard.EnsureExistAsync(page.Id, components, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var candidate = Subscriber.CreateEmail(
            page.Id,
            command.Email!,
            components,
            null,
            false,
            now
        );
        var existing = await subscribers.GetEmailAsync(
            page.Id,
            candidate.Email!,
            cancellationToken
        );
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
                NotificationPayloads.ForConfirmation(page, now),
                now
            )
        );
        return SubscribeOutcome.Accepted;
    }
}
