using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.StatuspageCompatibility.Common;

/// <summary>
/// The one mapping between our vocabulary and Atlassian Statuspage's closed vocabularies (the table
/// in docs/statuspage-compatibility.md). Every value written in Statuspage's formats comes from
/// here, so nothing outside those vocabularies can be written.
/// </summary>
public static class StatuspageVocabulary
{
    public static readonly IReadOnlyList<string> Indicators =
    [
        "none",
        "minor",
        "major",
        "critical",
        "maintenance",
    ];

    public static readonly IReadOnlyList<string> ComponentStatuses =
    [
        "operational",
        "degraded_performance",
        "partial_outage",
        "major_outage",
        "under_maintenance",
    ];

    public static readonly IReadOnlyList<string> IncidentStatuses =
    [
        "investigating",
        "identified",
        "monitoring",
        "resolved",
        "postmortem",
    ];

    public static readonly IReadOnlyList<string> MaintenanceStatuses =
    [
        "scheduled",
        "in_progress",
        "verifying",
        "completed",
    ];

    public static readonly IReadOnlyList<string> Impacts =
    [
        "none",
        "minor",
        "major",
        "critical",
        "maintenance",
    ];

    public static string ComponentStatus(ComponentStatus status) =>
        status switch
        {
            Domain.Components.ComponentStatus.Operational => "operational",
            Domain.Components.ComponentStatus.DegradedPerformance => "degraded_performance",
            Domain.Components.ComponentStatus.PartialOutage => "partial_outage",
            Domain.Components.ComponentStatus.MajorOutage => "major_outage",
            Domain.Components.ComponentStatus.UnderMaintenance => "under_maintenance",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };

    public static string IncidentStatus(IncidentStatus status) =>
        status switch
        {
            Domain.Incidents.IncidentStatus.Investigating => "investigating",
            Domain.Incidents.IncidentStatus.Identified => "identified",
            Domain.Incidents.IncidentStatus.Monitoring => "monitoring",
            Domain.Incidents.IncidentStatus.Resolved => "resolved",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };

    /// <summary>Null for a cancelled maintenance: Statuspage has no such state, so it is left out.</summary>
    public static string? MaintenanceStatus(MaintenanceStatus status) =>
        status switch
        {
            Domain.Maintenances.MaintenanceStatus.Scheduled => "scheduled",
            Domain.Maintenances.MaintenanceStatus.InProgress => "in_progress",
            Domain.Maintenances.MaintenanceStatus.Verifying => "verifying",
            Domain.Maintenances.MaintenanceStatus.Completed => "completed",
            Domain.Maintenances.MaintenanceStatus.Cancelled => null,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };

    /// <summary>Our impact names the component status it imposes; Statuspage's names a colour.</summary>
    public static string Impact(IncidentImpact impact) =>
        impact switch
        {
            IncidentImpact.None => "none",
            IncidentImpact.DegradedPerformance => "minor",
            IncidentImpact.PartialOutage => "major",
            IncidentImpact.MajorOutage => "critical",
            _ => throw new ArgumentOutOfRangeException(nameof(impact), impact, null),
        };

    public const string MaintenanceImpact = "maintenance";

    /// <summary>Statuspage's impact (impact_override) as ours; null for "" (no override) or a value we cannot take.</summary>
    public static IncidentImpact? ImpactFrom(string? impact) =>
        impact switch
        {
            "none" => IncidentImpact.None,
            "minor" => IncidentImpact.DegradedPerformance,
            "major" => IncidentImpact.PartialOutage,
            "critical" => IncidentImpact.MajorOutage,
            _ => null,
        };

    /// <summary>The impact that imposes <paramref name="status"/> on the affected components (Statuspage sets them directly).</summary>
    public static IncidentImpact ImpactImposing(ComponentStatus status) =>
        status switch
        {
            Domain.Components.ComponentStatus.DegradedPerformance =>
                IncidentImpact.DegradedPerformance,
            Domain.Components.ComponentStatus.PartialOutage => IncidentImpact.PartialOutage,
            Domain.Components.ComponentStatus.MajorOutage => IncidentImpact.MajorOutage,
            _ => IncidentImpact.None,
        };

    /// <summary>The page indicator and Statuspage's words for it, from the worst current status.</summary>
    public static (string Indicator, string Description) Status(ComponentStatus worst) =>
        worst switch
        {
            Domain.Components.ComponentStatus.Operational => ("none", "All Systems Operational"),
            Domain.Components.ComponentStatus.DegradedPerformance => (
                "minor",
                "Minor Service Outage"
            ),
            Domain.Components.ComponentStatus.PartialOutage => ("major", "Partial System Outage"),
            Domain.Components.ComponentStatus.MajorOutage => ("critical", "Major System Outage"),
            Domain.Components.ComponentStatus.UnderMaintenance => (
                "maintenance",
                "Service Under Maintenance"
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(worst), worst, null),
        };

    /// <summary>Statuspage writes UTC pages as Etc/UTC; every other IANA name is written as stored.</summary>
    public static string TimeZone(string timeZone) =>
        timeZone is "UTC" or "Etc/UTC" or "" ? "Etc/UTC" : timeZone;
}
