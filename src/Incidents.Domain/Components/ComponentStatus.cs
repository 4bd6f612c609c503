namespace Incidents.Domain.Components;

/// <summary>A component's status. <see cref="ComponentStatusSeverity"/> orders them from best to worst.</summary>
public enum ComponentStatus
{
    Operational = 0,
    DegradedPerformance = 1,
    PartialOutage = 2,
    MajorOutage = 3,
    UnderMaintenance = 4,
}
