using System.Text.Json.Serialization;

namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>
/// An incident, or a maintenance (impact "maintenance", plus ScheduledFor/ScheduledUntil — keys
/// only maintenances have, as in Statuspage's answers). Updates newest first.
/// </summary>
public sealed record V2Incident(
    string Id,
    string Name,
    string Status,
    string CreatedAt,
    string UpdatedAt,
    string? MonitoringAt,
    string? ResolvedAt,
    string Impact,
    string Shortlink,
    string StartedAt,
    string PageId,
    IReadOnlyList<V2IncidentUpdate> IncidentUpdates,
    IReadOnlyList<V2Component> Components,
    string? ReminderIntervals,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        string? ScheduledFor = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        string? ScheduledUntil = null
);
