using Incidents.Application.Incidents.Common;
using Mediator;

namespace Incidents.Application.Incidents.Commands.ResolveIncident;

public sealed class ResolveIncidentCommandHandler(
    IncidentLoader loader,
    ComponentStatusSynchronizer componentStatuses,
    TimeProvider timeProvider
) : ICommandHandler<ResolveIncidentCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        ResolveIncidentCommand command,
        CancellationToken cancellationToken
    )
    {
        var incident = await loader.LoadForChangeAsync(
            command.IncidentId!.Value,
            cancellationToken
        );
        var resolution = incident.Resolve(
            command.Description,
            command.IsNotify,
            timeProvider.GetUtcNow()
        );
        await componentStatuses.SynchronizeAsync(
            incident,
            incident.AffectedComponentIds,
            resolution.Notify,
            cancellationToken
        );
        return Unit.Value;
    }
}
