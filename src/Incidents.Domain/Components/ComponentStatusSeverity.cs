using Incidents.Domain.Incidents;

namespace Incidents.Domain.Components;

/// <summary>How statuses compare and how an incident's impact becomes a component status.</summary>
public static class ComponentStatusSeverity
{
    /// <summary>
    /// Operational &lt; Under Maintenance &lt; Degraded &lt; Partial &lt; Major: planned work is less
    /// alarming than any outage, but is still news compared to all-clear.
    /// </summary>
    public static int Rank(ComponentStatus status) =>
        status switch
        {
            ComponentStatus.Operational => 0,
            ComponentStatus.UnderMaintenance => 1,
            ComponentStatus.DegradedPerformance => 2,
            ComponentStatus.PartialOutage => 3,
            ComponentStatus.MajorOutage => 4,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };

    public static ComponentStatus Worst(IEnumerable<ComponentStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var worst = ComponentStatus.Operational;
        foreach (var status in statuses)
        {
            if (Rank(status) > Rank(worst))
            {
                worst = status;
            }
        }

        return worst;
    }

    /// <summary>The component status an impact imposes; null for an impact of None (no effect).</summary>
    public static ComponentStatus? FromImpact(IncidentImpact impact) =>
        impact switch
        {
            IncidentImpact.None => null,
            IncidentImpact.DegradedPerformance => ComponentStatus.DegradedPerformance,
            IncidentImpact.PartialOutage => ComponentStatus.PartialOutage,
            IncidentImpact.MajorOutage => ComponentStatus.MajorOutage,
            _ => throw new ArgumentOutOfRangeException(nameof(impact), impact, null),
        };
}
