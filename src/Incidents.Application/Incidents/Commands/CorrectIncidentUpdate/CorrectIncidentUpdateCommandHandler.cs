using Incidents.Application.Incidents.Common;
using Mediator;

namespace Incidents.Application.Incidents.Commands.CorrectIncidentUpdate;

public sealed class CorrectIncidentUpdateCommandHandler(
    IncidentLoader loader,
    TimeProvider timeProvider
) : ICommandHandler<CorrectIncidentUpdateCommand, CorrectIncidentUpdateResult>
{
    public async ValueTask<CorrectIncidentUpdateResult> Handle(
        CorrectIncidentUpdateCommand command,
        CancellationToken cancellationToken
    )
    {
        var incident = await loader.LoadWithUpdateForChangeAsync(
            command.IncidentId!.Value,
            command.UpdateId!.Value,
            cancellationToken
        );
        var previous = incident.CorrectUpdate(
            command.UpdateId!.Value,
            command.Description!,
            command.DisplayAt,
            timeProvider.GetUtcNow()
        );
        return new CorrectIncidentUpdateResult(incident.Id, command.UpdateId.Value, previous);
    }
}
