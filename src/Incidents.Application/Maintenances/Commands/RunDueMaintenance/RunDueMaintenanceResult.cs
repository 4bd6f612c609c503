using Incidents.Application.Audit.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Commands.RunDueMaintenance;

/// <param name="Transitions">Empty when another instance (or a person) got there first.</param>
public sealed record RunDueMaintenanceResult(IReadOnlyList<MaintenanceTransition> Transitions)
    : IMayChangeNothing
{
    bool IMayChangeNothing.ChangedNothing => Transitions.Count == 0;
}
