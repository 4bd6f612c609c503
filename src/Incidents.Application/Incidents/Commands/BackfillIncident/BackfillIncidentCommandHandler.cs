using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Domain.Incidents;
using Mediator;

namespace Incidents.Application.Incidents.Commands.BackfillIncident;

public sealed class BackfillIncidentCommandHandler(
    IIncidentRepository incidents,
    AffectedComponentsGuard affectedComponentsGuard,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<BackfillIncidentCommand, Guid>
{
    public async ValueTask<Guid> Handle(
        BackfillIncidentCommand command,
        CancellationToken cancellationToken
    )
    {
        var affected = command.AffectedComponents ?? [];
        await affectedComponentsGuard.EnsureOnPageAsync(caller.PageId, affected, cancellationToken);
        // No ComponentStatusSynchronizer: a resolved past incident imposes nothing now. Its
        // interval reaches the components' history through the IncidentBackfilled event.
        var incident = Incident.Backfill(
            caller.PageId,
            command.Title!,
            Vocabulary<IncidentImpact>.ParseOptional(command.Impact) ?? IncidentImpact.None,
            affected,
            command.StartedAt!.Value,
            command.ResolvedAt!.Value,
            command
                .Updates!.Select(u => new BackfillEntry(
                    Vocabulary<IncidentStatus>.Parse(u!.Status!),
                    u.Description!,
                    u.At!.Value
                ))
                .ToList(),
            timeProvider.GetUtcNow(),
            command.ExternalId
        );
        incidents.Add(incident);
        return incident.Id;
    }
}
