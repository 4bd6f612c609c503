using Incidents.Api.OpenApi;
using Incidents.Domain.Maintenances;

namespace Incidents.Api.Models.Maintenances;

/// <summary>PUT /api/admin/Maintenance: a timeline entry, optionally a forward Status, a new window, components or notify choice.</summary>
public sealed record MaintenanceUpdateModel(
    [ContractRequired] Guid? MaintenanceId,
    [ContractRequired] string? Description,
    [Vocabulary(typeof(MaintenanceStatus))] string? Status,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset? ScheduledUntil,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify,
    IReadOnlyDictionary<string, string?>? Translations = null
);
