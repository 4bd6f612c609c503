using Incidents.Application.Incidents.Common;
using Mediator;

namespace Incidents.Application.Incidents.Commands.RevertPostmortem;

public sealed class RevertPostmortemCommandHandler(IncidentLoader loader, TimeProvider timeProvider)
    : ICommandHandler<RevertPostmortemCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        RevertPostmortemCommand command,
        CancellationToken cancellationToken
    )
    {
        var incident = await loader.LoadForChangeAsync(
            command.IncidentId!.Value,
            cancellationToken
        );
        incident.RevertPostmortem(timeProvider.GetUtcNow());
        return Unit.Value;
    }
}
