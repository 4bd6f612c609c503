using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Maintenances.Common;
using Incidents.Domain.Maintenances;
using Mediator;

namespace Incidents.Application.Maintenances.Commands.CreateMaintenance;

public sealed class CreateMaintenanceCommandHandler(
    IMaintenanceRepository maintenances,
    IMaintenanceSeriesRepository series,
    IRecurrenceCalculator recurrences,
    MaintenanceSeriesPlanner planner,
    AffectedComponentsGuard affectedComponentsGuard,
    ComponentStatusSynchronizer componentStatuses,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<CreateMaintenanceCommand, Guid>
{
    public async ValueTask<Guid> Handle(
        CreateMaintenanceCommand command,
        CancellationToken cancellationToken
    )
    {
        var affected = command.AffectedComponents ?? [];
        await affectedComponentsGuard.EnsureOnPageAsync(caller.PageId, affected, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var recurrence = command.Recurrence is { } input
            ? Recurrence.Create(input.Rule!, input.TimeZone!, input.Until)
            : null;
        if (
            recurrence is not null
            && recurrences.Check(
                recurrence,
                command.ScheduledFor!.Value,
                command.ScheduledUntil!.Value
            )
                is { } problem
        )
        {
            throw new InvalidRequestException(problem);
        }

        var maintenance = Maintenance.Schedule(
            caller.PageId,
            command.Title!,
            command.Description!,
            command.ScheduledFor!.Value,
            command.ScheduledUntil!.Value,
            affected,
            command.AutoStart ?? true,
            command.AutoComplete ?? true,
            command.RemindBeforeMinutes,
            command.IsNotify ?? true,
            now,
            recurrence is null ? null : MaintenanceSeries.NewId(now)
        );
        maintenances.Add(maintenance);
        if (recurrence is not null)
        {
            var owner = MaintenanceSeries.Start(maintenance, recurrence, now);
            series.Add(owner);
            await planner.EnsureNextAsync(maintenance, cancellationToken, owner);
        }

        // A window that has already begun starts at once: its components go under maintenance now.
        await componentStatuses.SynchronizeAsync(
            maintenance,
            maintenance.AffectedComponentIds,
            maintenance.Notify,
            cancellationToken
        );
        return maintenance.Id;
    }
}
