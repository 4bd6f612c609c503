using Incidents.Domain.Components;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>The banner: the worst current status, with its words (never colour alone) and an indicator.</summary>
public sealed record OverallStatus(ComponentStatus Status, string Description, string Indicator)
{
    public static OverallStatus From(ComponentStatus worst) =>
        worst switch
        {
            ComponentStatus.Operational => new(worst, "All Systems Operational", "none"),
            ComponentStatus.UnderMaintenance => new(worst, "Under Maintenance", "maintenance"),
            ComponentStatus.DegradedPerformance => new(worst, "Degraded Performance", "minor"),
            ComponentStatus.PartialOutage => new(worst, "Partial Outage", "major"),
            ComponentStatus.MajorOutage => new(worst, "Major Outage", "critical"),
            _ => throw new ArgumentOutOfRangeException(nameof(worst), worst, null),
        };
}
