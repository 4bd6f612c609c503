using Incidents.Application.Incidents.Common;
using Incidents.Application.Maintenances.Common;
using Incidents.Domain.Audit;
using Incidents.Domain.Maintenances;
using Mediator;

namespace Incidents.Application.Maintenances.Commands.RunDueMaintenance;

/// <summary>
/// One clock transition, through the aggregate and the unit of work like any command: its timeline
/// entry, component statuses, outbox rows and an audit entry by the scheduler commit together or
/// not at all. Exactly once across instances comes from the maintenance's concurrency token: two
/// instances that load the same due maintenance both decide, only the first save matches the
/// version; the loser's unit of work runs again, finds nothing due, and writes nothing (ADR 0050).
/// </summary>
public sealed class RunDueMaintenanceCommandHandler(
    IMaintenanceRepository maintenances,
    ComponentStatusSynchronizer componentStatuses,
    MaintenanceSeriesPlanner planner,
    IAuditLog auditLog,
    TimeProvider timeProvider
) : ICommandHandler<RunDueMaintenanceCommand, RunDueMaintenanceResult>
{
    /// <summary>The audit trail's actor name for what the clock did.</summary>
    public const string SchedulerActor = "Scheduler";

    public async ValueTask<RunDueMaintenanceResult> Handle(
        RunDueMaintenanceCommand command,
        CancellationToken cancellationToken
    )
    {
        var maintenance = await maintenances.GetAsync(
            command.PageId,
            command.MaintenanceId,
            cancellationToken
        );
        if (maintenance is null)
        {
            return new RunDueMaintenanceResult([]);
        }

        var now = timeProvider.GetUtcNow();
        var transitions = maintenance.RunDueTransitions(now);
        foreach (var transition in transitions)
        {
            auditLog.Add(
                AuditEntry.Record(
                    maintenance.PageId,
                    null,
                    SchedulerActor,
                    ActionName(transition),
                    maintenance.Id,
                    now,
                    null
                )
            );
        }

        if (
            transitions.Any(t =>
                t is MaintenanceTransition.Started or MaintenanceTransition.Completed
            )
        )
        {
            await componentStatuses.SynchronizeAsync(
                maintenance,
                maintenance.AffectedComponentIds,
                maintenance.Notify,
                cancellationToken
            );
            await planner.EnsureNextAsync(maintenance, cancellationToken);
        }

        return new RunDueMaintenanceResult(transitions);
    }

    /// <summary>Named like the admin commands' actions (UpdateMaintenance, CancelMaintenance).</summary>
    public static string ActionName(MaintenanceTransition transition) =>
        transition switch
        {
            MaintenanceTransition.Reminded => "RemindMaintenance",
            MaintenanceTransition.Started => "StartMaintenance",
            _ => "CompleteMaintenance",
        };
}
