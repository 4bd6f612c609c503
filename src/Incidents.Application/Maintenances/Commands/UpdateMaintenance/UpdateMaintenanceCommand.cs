using Mediator;

namespace Incidents.Application.Maintenances.Commands.UpdateMaintenance;

/// <summary>
/// A timeline entry, with optional changes: a forward Status (Completed completes it), a new window
/// (a reschedule), new components, a new notify choice. Null fields keep their current values.
/// </summary>
public sealed record UpdateMaintenanceCommand(
    Guid? MaintenanceId,
    string? Description,
    string? Status = null,
    DateTimeOffset? ScheduledFor = null,
    DateTimeOffset? ScheduledUntil = null,
    IReadOnlyList<Guid>? AffectedComponents = null,
    bool? IsNotify = null,
    IReadOnlyDictionary<string, string?>? Translations = null
) : ICommand<Unit>;
