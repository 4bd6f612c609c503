using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Domain.Incidents;
using Mediator;

namespace Incidents.Application.Incidents.Commands.UpdateIncident;

public sealed class UpdateIncidentCommandHandler(
    IncidentLoader loader,
    AffectedComponentsGuard affectedComponentsGuard,
    ComponentStatusSynchronizer componentStatuses,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<UpdateIncidentCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        UpdateIncidentCommand command,
        CancellationToken cancellationToken
    )
    {
        var incident = await loader.LoadForChangeAsync(
            command.IncidentId!.Value,
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

        var previouslyAffected = incident.AffectedComponentIds.ToList();
        var update = incident.PostUpdate(
            command.Description!,
            Vocabulary<IncidentStatus>.ParseOptional(command.Status),
            Vocabulary<IncidentImpact>.ParseOptional(command.Impact),
            command.AffectedComponents,
            command.IsNotify,
            timeProvider.GetUtcNow(),
            command.Publish == true
        );
        await componentStatuses.SynchronizeAsync(
            incident,
            previouslyAffected.Union(incident.AffectedComponentIds),
            update.Notify,
            cancellationToken
        );
        return Unit.Value;
    }
}
