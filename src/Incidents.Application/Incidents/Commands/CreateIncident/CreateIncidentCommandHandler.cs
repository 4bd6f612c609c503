using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Domain.Incidents;
using Mediator;

namespace Incidents.Application.Incidents.Commands.CreateIncident;

public sealed class CreateIncidentCommandHandler(
    IIncidentRepository incidents,
    AffectedComponentsGuard affectedComponentsGuard,
    ComponentStatusSynchronizer componentStatuses,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<CreateIncidentCommand, CreateIncidentResult>
{
    public async ValueTask<CreateIncidentResult> Handle(
        CreateIncidentCommand command,
        CancellationToken cancellationToken
    )
    {
        if (!string.IsNullOrWhiteSpace(command.ExternalId))
        {
            var open = await incidents.FindUnresolvedByExternalIdAsync(
                caller.PageId,
                command.ExternalId.Trim(),
                cancellationToken
            );
            if (open is not null)
            {
                return new CreateIncidentResult(open.Id, Created: false);
            }
        }

        var affected = command.AffectedComponents ?? [];
        await affectedComponentsGuard.EnsureOnPageAsync(caller.PageId, affected, cancellationToken);

        var incident = Incident.Open(
            caller.PageId,
            command.Title!,
            command.Description!,
            Vocabulary<IncidentStatus>.ParseOptional(command.Status)
                ?? IncidentStatus.Investigating,
            Vocabulary<IncidentImpact>.ParseOptional(command.Impact) ?? IncidentImpact.None,
            affected,
            command.IsNotify ?? false,
            timeProvider.GetUtcNow(),
            command.ExternalId,
            command.Publish ?? true
        );
        incidents.Add(incident);
        await componentStatuses.SynchronizeAsync(
            incident,
            incident.AffectedComponentIds,
            incident.Notify,
            cancellationToken
        );
        return new CreateIncidentResult(incident.Id, Created: true);
    }
}
