using Incidents.Domain.Components;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>
/// Lays the intervals of backfilled incidents over a component's recorded status history,
/// worst-wins: at any moment the component was the worst of what the history says and of every
/// interval covering that moment. A backfilled interval means the component existed then, so
/// before its first recorded row it counts as Operational from the earliest interval on.
/// </summary>
public static class StatusHistoryOverlay
{
    /// <param name="history">One component's rows, oldest first.</param>
    /// <param name="intervals">The same component's intervals, in any order.</param>
    /// <returns>The effective history, oldest first, one row per change of status.</returns>
    public static IReadOnlyList<StatusChangeRow> Merge(
        IReadOnlyList<StatusChangeRow> history,
        IReadOnlyList<StatusIntervalRow> intervals
    )
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(intervals);
        if (intervals.Count == 0)
        {
            return history;
        }

        var componentId = intervals[0].ComponentId;
        var sorted = intervals.OrderBy(i => i.From).ToList();
        var times = history
            .Select(h => h.ChangedAt)
            .Concat(sorted.Select(i => i.From))
            .Concat(sorted.Select(i => i.To))
            .Distinct()
            .Order()
            .ToList();

        var merged = new List<StatusChangeRow>(times.Count);
        var next = 0;
        ComponentStatus? recorded = null;
        foreach (var t in times)
        {
            while (next < history.Count && history[next].ChangedAt <= t)
            {
                recorded = history[next].Status;
                next++;
            }

            var effective = recorded ?? ComponentStatus.Operational;
            foreach (var interval in sorted)
            {
                if (interval.From > t)
                {
                    break;
                }

                if (
                    interval.To > t
                    && ComponentStatusSeverity.Rank(interval.Status)
                        > ComponentStatusSeverity.Rank(effective)
                )
                {
                    effective = interval.Status;
                }
            }

            if (merged.Count == 0 || merged[^1].Status != effective)
            {
                merged.Add(new StatusChangeRow(componentId, effective, t));
            }
        }

        return merged;
    }
}
