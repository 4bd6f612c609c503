namespace Incidents.Infrastructure.Notifications.Deliveries;

/// <summary>When the next attempt of a failed delivery is due, or null when attempts are used up.</summary>
internal static class RetrySchedule
{
    public static DateTimeOffset? Next(
        IReadOnlyList<TimeSpan> delays,
        int attemptsMade,
        TimeSpan? retryAfter,
        TimeSpan maxRetryAfter,
        DateTimeOffset now
    )
    {
        if (attemptsMade > delays.Count)
        {
            return null;
        }

        var delay = delays[attemptsMade - 1];
        // ±20 % jitter: deliveries failed together (one outage) must not retry together.
        delay *= 0.8 + (Random.Shared.NextDouble() * 0.4);
        if (retryAfter is { } asked && asked > delay)
        {
            delay = asked < maxRetryAfter ? asked : maxRetryAfter;
        }

        return now + delay;
    }
}
