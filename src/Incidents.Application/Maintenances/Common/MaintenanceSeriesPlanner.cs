using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Common;

/// <summary>
/// Keeps the rule "the next occurrence of a running series always exists": whenever an occurrence
/// leaves Scheduled (starts, completes, is cancelled), the next upcoming one is materialised in the
/// same unit of work.
/// </summary>
public sealed class MaintenanceSeriesPlanner(
    IMaintenanceSeriesRepository series,
    IMaintenanceRepository maintenances,
    IRecurrenceCalculator recurrences,
    TimeProvider timeProvider
)
{
    /// <summary>The occurrence made, or null when one was already scheduled or the series has no more.</summary>
    /// <param name="owner">The series when it is new in this unit of work (not yet in the database).</param>
    public async Task<Maintenance?> EnsureNextAsync(
        Maintenance changed,
        CancellationToken cancellationToken,
        MaintenanceSeries? owner = null
    )
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (changed.SeriesId is not { } seriesId || changed.Status == MaintenanceStatus.Scheduled)
        {
            return null;
        }

        owner ??= await series.GetAsync(changed.PageId, seriesId, cancellationToken);
        if (owner is null || owner.IsEnded)
        {
            return null;
        }

        var scheduled = await maintenances.ListScheduledInSeriesAsync(
            changed.PageId,
            seriesId,
            cancellationToken
        );
        if (scheduled.Any(m => m.Id != changed.Id && m.Status == MaintenanceStatus.Scheduled))
        {
            return null;
        }

        var latest = await maintenances.LatestStartInSeriesAsync(
            changed.PageId,
            seriesId,
            cancellationToken
        );
        var now = timeProvider.GetUtcNow();
        // Strictly upcoming: occurrences missed while the service was down are not made late.
        var after = new[] { changed.ScheduledFor, latest ?? changed.ScheduledFor, now }.Max();
        var next = recurrences.NextOccurrence(owner, after);
        if (next is null)
        {
            return null;
        }

        var occurrence = owner.Occurrence(next.Value.ScheduledFor, next.Value.ScheduledUntil, now);
        maintenances.Add(occurrence);
        return occurrence;
    }
}
