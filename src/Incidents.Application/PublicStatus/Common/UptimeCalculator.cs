using Incidents.Domain.Components;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>
/// Turns a component's status history into its daily bar and uptime. Each history row means "from
/// ChangedAt on, the component was Status". Uptime over the tracked part of the window is
/// 1 − Σ(weight × time in status) / tracked time, with Major Outage weighing 1 (down), Partial Outage
/// <see cref="PartialOutageWeight"/> (partially down) and every other status 0 (Degraded Performance and
/// Under Maintenance count as up). Time before the component existed is not tracked.
/// </summary>
public static class UptimeCalculator
{
    public const int WindowDays = 90;

    /// <summary>The share of Partial Outage time counted as down (Atlassian Statuspage uses the same 0.3).</summary>
    public const double PartialOutageWeight = 0.3;

    public static DateTimeOffset WindowStart(DateTimeOffset now) =>
        new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-(WindowDays - 1));

    public static double Weight(ComponentStatus status) =>
        status switch
        {
            ComponentStatus.MajorOutage => 1.0,
            ComponentStatus.PartialOutage => PartialOutageWeight,
            _ => 0.0,
        };

    /// <param name="history">This component's rows, oldest first; rows before the window give its initial status.</param>
    public static (IReadOnlyList<DayStatus> Days, double UptimePercent) Calculate(
        IReadOnlyList<StatusChangeRow> history,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(history);
        var windowStart = WindowStart(now);
        var segments = new List<(DateTimeOffset From, DateTimeOffset To, ComponentStatus Status)>();
        for (var i = 0; i < history.Count; i++)
        {
            var from = history[i].ChangedAt < windowStart ? windowStart : history[i].ChangedAt;
            var to = i + 1 < history.Count ? history[i + 1].ChangedAt : now;
            if (to > now)
            {
                to = now;
            }

            if (to > from)
            {
                segments.Add((from, to, history[i].Status));
            }
            else if (i == history.Count - 1 && from <= now)
            {
                // The current status, even if it began this instant, colours today.
                segments.Add((from, from, history[i].Status));
            }
        }

        var days = new DayStatus[WindowDays];
        for (var d = 0; d < WindowDays; d++)
        {
            var dayStart = windowStart.AddDays(d);
            var dayEnd = dayStart.AddDays(1);
            ComponentStatus? worst = null;
            foreach (var (from, to, status) in segments)
            {
                var overlaps = from < dayEnd && (to > dayStart || (to == from && from >= dayStart));
                if (
                    overlaps
                    && (
                        worst is null
                        || ComponentStatusSeverity.Rank(status)
                            > ComponentStatusSeverity.Rank(worst.Value)
                    )
                )
                {
                    worst = status;
                }
            }

            days[d] = new DayStatus(DateOnly.FromDateTime(dayStart.UtcDateTime), worst);
        }

        double tracked = 0;
        double down = 0;
        foreach (var (from, to, status) in segments)
        {
            var seconds = (to - from).TotalSeconds;
            tracked += seconds;
            down += seconds * Weight(status);
        }

        var uptime = tracked <= 0 ? 100.0 : Math.Round(100.0 * (1 - down / tracked), 2);
        return (days, uptime);
    }
}
