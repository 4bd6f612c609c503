using Incidents.Domain.Subscribers;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>Webhook subscribers for persistence tests: hook i posts to https://example.com/hook/i.</summary>
public static class WebhookSubscribers
{
    public static List<Subscriber> Create(Guid pageId, int count, DateTimeOffset now) =>
        Enumerable
            .Range(0, count)
            .Select(i =>
                Subscriber.CreateWebhook(
                    pageId,
                    new Uri($"https://example.com/hook/{i}"),
                    null,
                    null,
                    now
                )
            )
            .ToList();
}
