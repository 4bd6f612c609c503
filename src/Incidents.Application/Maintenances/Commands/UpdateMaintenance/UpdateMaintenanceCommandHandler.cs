using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Maintenances.Common;
using Incidents.Domain.Maintenances;
using Mediator;

namespace Incidents.Application.Maintenances.Commands.UpdateMaintenance;

public sealed class UpdateMaintenanceCommandHandler(
    MaintenanceLoader loader,
    AffectedComponentsGuard affectedComponentsGuard,
    ComponentStatusSynchronizer componentStatuses,
    MaintenanceSeriesPlanner planner,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<UpdateMaintenanceCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        UpdateMaintenanceCommand command,
        CancellationToken cancellationToken
    )
    {
        var maintenance = await loader.LoadForChangeAsync(
            command.MaintenanceId!.Value,
            cancellationToken
        );
        if (command.AffectedComponents is not null)
        {
            await affectedComponentsGuard.EnsureOnPageAsync(
                caller.PageId,
                command.AffectedComponents,
                cancellationToken
            );
        }

        var previouslyAffected = maintenance.AffectedComponentIds.ToList();
        var update = maintenance.PostUpdate(
            command.Description!,
            Vocabulary<MaintenanceStatus>.ParseOptional(command.Status),
            command.ScheduledFor,
            command.ScheduledUntil,
            command.AffectedComponents,
            command.IsNotify,
            timeProvider.GetUtcNow(),
            command.Translations
        );
        await componentStatuses.SynchronizeAsync(
            maintenance,
            previouslyAffected.Union(maintenance.AffectedComponentIds),
            update.Notify,
            cancellationToken
        );
        await planner.EnsureNextAsync(maintenance, cancellationToken);
        return Unit.Value;
    }
}
