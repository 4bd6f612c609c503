using Incidents.Domain.Components;
using Incidents.Domain.Incidents;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>The banner: the worst current status, with its words (never colour alone) and an indicator.</summary>
public sealed record OverallStatus(ComponentStatus Status, string Description, string Indicator)
{
    /// <summary>
    /// The worst of the components, the impacts of the unresolved incidents, and Under Maintenance
    /// while a maintenance is in progress (even without components); anything worse still wins.
    /// </summary>
    public static ComponentStatus Worst(
        IEnumerable<ComponentStatus> components,
        IEnumerable<IncidentImpact> unresolvedImpacts,
        bool maintenanceInProgress
    ) =>
        ComponentStatusSeverity.Worst(
            components
                .Concat(
                    unresolvedImpacts
                        .Select(ComponentStatusSeverity.FromImpact)
                        .Where(s => s is not null)
                        .Select(s => s!.Value)
                )
                .Concat(maintenanceInProgress ? [ComponentStatus.UnderMaintenance] : [])
        );

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
