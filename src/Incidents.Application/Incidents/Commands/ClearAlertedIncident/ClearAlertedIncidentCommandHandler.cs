using Incidents.Application.Common.Interfaces;
using Incidents.Application.Incidents.Common;
using Incidents.Domain.Incidents;
using Mediator;

namespace Incidents.Application.Incidents.Commands.ClearAlertedIncident;

public sealed class ClearAlertedIncidentCommandHandler(
    IIncidentRepository incidents,
    ComponentStatusSynchronizer componentStatuses,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<ClearAlertedIncidentCommand, ClearAlertedIncidentResult>
{
    public async ValueTask<ClearAlertedIncidentResult> Handle(
        ClearAlertedIncidentCommand command,
        CancellationToken cancellationToken
    )
    {
        var open = await incidents.FindUnresolvedByExternalIdAsync(
            caller.PageId,
            command.ExternalId,
            cancellationToken
        );
        // The timeline decides (was there a manual update?), so load the incident with it.
        var incident = open is null
            ? null
            : await incidents.GetAsync(caller.PageId, open.Id, cancellationToken);
        if (incident is null)
        {
            return new ClearAlertedIncidentResult(null, ClearAlertsOutcome.NoOpenIncident);
        }

        var update = incident.ClearAlerts(command.Complete, timeProvider.GetUtcNow());
        if (update is null)
        {
            return new ClearAlertedIncidentResult(incident.Id, ClearAlertsOutcome.Unchanged);
        }

        if (!incident.IsResolved)
        {
            return new ClearAlertedIncidentResult(incident.Id, ClearAlertsOutcome.LeftOpen);
        }

        await componentStatuses.SynchronizeAsync(
            incident,
            incident.AffectedComponentIds,
            update.Notify,
            cancellationToken
        );
        return new ClearAlertedIncidentResult(incident.Id, ClearAlertsOutcome.Resolved);
    }
}
