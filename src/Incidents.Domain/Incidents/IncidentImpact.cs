namespace Incidents.Domain.Incidents;

/// <summary>How badly an incident hurts the components it affects; ordered from least to worst.</summary>
public enum IncidentImpact
{
    None = 0,
    DegradedPerformance = 1,
    PartialOutage = 2,
    MajorOutage = 3,
}
