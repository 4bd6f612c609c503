namespace Incidents.Api.Models.Maintenances;

/// <summary>PUT /api/admin/Maintenance: a timeline entry, optionally a forward Status, a new window, components or notify choice.</summary>
public sealed record MaintenanceUpdateModel(
    Guid? MaintenanceId,
    string? Description,
    string? Status,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset? ScheduledUntil,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify
);
