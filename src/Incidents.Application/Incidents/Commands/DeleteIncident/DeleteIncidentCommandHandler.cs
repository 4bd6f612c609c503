using Incidents.Application.Incidents.Common;
using Incidents.Domain.Incidents;
using Mediator;

namespace Incidents.Application.Incidents.Commands.DeleteIncident;

public sealed class DeleteIncidentCommandHandler(
    IncidentLoader loader,
    IIncidentRepository incidents,
    ComponentStatusSynchronizer componentStatuses,
    TimeProvider timeProvider
) : ICommandHandler<DeleteIncidentCommand, DeleteIncidentResult>
{
    public async ValueTask<DeleteIncidentResult> Handle(
        DeleteIncidentCommand command,
        CancellationToken cancellationToken
    )
    {
        var incident = await loader.LoadForChangeAsync(
            command.IncidentId!.Value,
            cancellationToken
        );
        var wasOpen = !incident.IsResolved;
        incident.Delete(timeProvider.GetUtcNow());
        if (wasOpen)
        {
            // An open incident still imposes on its components: they fall back to what the
            // others impose, silently (the incident is treated as never having happened).
            await componentStatuses.SynchronizeAsync(
                incident,
                incident.AffectedComponentIds,
                notify: false,
                cancellationToken
            );
        }

        await incidents.RemoveAsync(incident, cancellationToken);
        return new DeleteIncidentResult(incident.Id, incident.Title);
    }
}
