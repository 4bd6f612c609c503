using Mediator;

namespace Incidents.Application.Maintenances.Commands.CancelMaintenance;

/// <param name="Description">Defaults to "This maintenance has been cancelled.".</param>
/// <param name="IsNotify">Defaults to the maintenance's notify choice.</param>
public sealed record CancelMaintenanceCommand(
    Guid? MaintenanceId,
    string? Description = null,
    bool? IsNotify = null
) : ICommand<Unit>;
