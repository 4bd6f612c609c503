using Incidents.Application.Maintenances.Common;
using Mediator;

namespace Incidents.Application.Maintenances.Commands.CancelMaintenance;

/// <summary>Cancels one maintenance; an occurrence of a series leaves the series running (its next occurrence is made).</summary>
public sealed class CancelMaintenanceCommandHandler(
    MaintenanceLoader loader,
    MaintenanceSeriesPlanner planner,
    TimeProvider timeProvider
) : ICommandHandler<CancelMaintenanceCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        CancelMaintenanceCommand command,
        CancellationToken cancellationToken
    )
    {
        var maintenance = await loader.LoadForChangeAsync(
            command.MaintenanceId!.Value,
            cancellationToken
        );
        // Only a Scheduled maintenance can be cancelled, and its components were never under
        // maintenance: no component status changes.
        maintenance.Cancel(command.Description, command.IsNotify, timeProvider.GetUtcNow());
        await planner.EnsureNextAsync(maintenance, cancellationToken);
        return Unit.Value;
    }
}
