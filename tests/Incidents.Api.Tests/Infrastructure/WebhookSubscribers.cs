using Incidents.Domain.Subscribers;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>Confirmed webhook subscribers for tests: hook i posts to <c>url(i)</c> (by default https://example.com/hook/i).</summary>
public static class WebhookSubscribers
{
    public static List<Subscriber> Create(
        Guid pageId,
        int count,
        DateTimeOffset now,
        Func<int, string>? url = null
    ) =>
        Enumerable
            .Range(0, count)
            .Select(i =>
                Subscriber.CreateWebhook(
                    pageId,
                    new Uri(url?.Invoke(i) ?? $"https://example.com/hook/{i}"),
                    null,
                    null,
                    now
                )
            )
            .ToList();
}
