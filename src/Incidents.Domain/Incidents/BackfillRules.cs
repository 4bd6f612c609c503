using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>What a backfilled incident must satisfy to be recorded as if it had happened then.</summary>
public static class BackfillRules
{
    public const string StartedInFutureMessage = "StartedAt must be in the past.";
    public const string ResolvedInFutureMessage = "ResolvedAt must be in the past.";
    public const string ResolvedBeforeStartedMessage = "ResolvedAt must be after StartedAt.";
    public const string NoUpdatesMessage = "Updates must have at least one entry.";
    public const string OutsideWindowMessage =
        "Each update's At must be between StartedAt and ResolvedAt.";
    public const string OutOfOrderMessage = "Updates must be in time order.";
    public const string ResolvedNotLastMessage = "Only the last update can be Resolved.";
    public const string ResolvedNotAtEndMessage = "A Resolved update must be at ResolvedAt.";

    public static readonly string TooManyUpdatesMessage =
        $"Updates must have at most {Incident.BackfillMaxUpdates} entries.";

    public static void Check(
        string title,
        DateTimeOffset startedAt,
        DateTimeOffset resolvedAt,
        IReadOnlyList<BackfillEntry> updates,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("Title is required.");
        }

        if (title.Length > Incident.TitleMaxLength)
        {
            throw new DomainException(
                $"Title must be at most {Incident.TitleMaxLength} characters."
            );
        }

        if (startedAt >= now)
        {
            throw new DomainException(StartedInFutureMessage);
        }

        if (resolvedAt > now)
        {
            throw new DomainException(ResolvedInFutureMessage);
        }

        if (resolvedAt <= startedAt)
        {
            throw new DomainException(ResolvedBeforeStartedMessage);
        }

        if (updates.Count == 0)
        {
            throw new DomainException(NoUpdatesMessage);
        }

        if (updates.Count > Incident.BackfillMaxUpdates)
        {
            throw new DomainException(TooManyUpdatesMessage);
        }

        for (var i = 0; i < updates.Count; i++)
        {
            var entry = updates[i];
            if (string.IsNullOrWhiteSpace(entry.Description))
            {
                throw new DomainException("Description is required.");
            }

            if (entry.Description.Length > Incident.DescriptionMaxLength)
            {
                throw new DomainException(
                    $"Description must be at most {Incident.DescriptionMaxLength} characters."
                );
            }

            if (entry.At < startedAt || entry.At > resolvedAt)
            {
                throw new DomainException(OutsideWindowMessage);
            }

            if (i > 0 && entry.At < updates[i - 1].At)
            {
                throw new DomainException(OutOfOrderMessage);
            }

            if (entry.Status == IncidentStatus.Resolved)
            {
                if (i != updates.Count - 1)
                {
                    throw new DomainException(ResolvedNotLastMessage);
                }

                if (entry.At != resolvedAt)
                {
                    throw new DomainException(ResolvedNotAtEndMessage);
                }
            }
        }
    }
}
