using Incidents.Application.Common.Interfaces;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Incidents.Queries;
using Incidents.Domain.Incidents;
using Mediator;

namespace Incidents.Application.Incidents.Commands.ClearAlertedIncident;

public sealed class ClearAlertedIncidentCommandHandler(
    IIncidentRepository incidents,
    IIncidentReadRepository timeline,
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
        var incident = await incidents.FindUnresolvedByExternalIdAsync(
            caller.PageId,
            command.ExternalId.Trim(),
            cancellationToken
        );
        if (incident is null)
        {
            return new ClearAlertedIncidentResult(null, ClearAlertsOutcome.NoOpenIncident);
        }

        // A change never loads the timeline; the latest entry (is it already "alerts cleared"?)
        // comes from the read side. Resolved messages are rare: one extra read is fine.
        var latest = (await timeline.GetAsync(caller.PageId, incident.Id, cancellationToken))
            ?.Updates.MaxBy(u => (u.CreatedAt, u.Id))
            ?.Description;
        var update = incident.ClearAlerts(command.Complete, latest, timeProvider.GetUtcNow());
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
