using Mediator;

namespace Incidents.Application.Maintenances.Commands.RunDueMaintenance;

/// <summary>
/// Sent by the scheduler, not by a caller: does what the clock has due for one maintenance
/// (reminder, start, completion). Carries the page id because there is no API key behind it.
/// </summary>
public sealed record RunDueMaintenanceCommand(Guid PageId, Guid MaintenanceId)
    : ICommand<RunDueMaintenanceResult>;
