using Incidents.Application.Incidents.Common;
using Mediator;

namespace Incidents.Application.Incidents.Commands.WritePostmortem;

public sealed class WritePostmortemCommandHandler(IncidentLoader loader, TimeProvider timeProvider)
    : ICommandHandler<WritePostmortemCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        WritePostmortemCommand command,
        CancellationToken cancellationToken
    )
    {
        var incident = await loader.LoadForChangeAsync(
            command.IncidentId!.Value,
            cancellationToken
        );
        incident.WritePostmortem(command.Body!, timeProvider.GetUtcNow());
        return Unit.Value;
    }
}
