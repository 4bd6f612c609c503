using Incidents.Application.Incidents.Common;
using Mediator;

namespace Incidents.Application.Incidents.Commands.PublishPostmortem;

public sealed class PublishPostmortemCommandHandler(
    IncidentLoader loader,
    TimeProvider timeProvider
) : ICommandHandler<PublishPostmortemCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        PublishPostmortemCommand command,
        CancellationToken cancellationToken
    )
    {
        var incident = await loader.LoadForChangeAsync(
            command.IncidentId!.Value,
            cancellationToken
        );
        incident.PublishPostmortem(command.IsNotify ?? false, timeProvider.GetUtcNow());
        return Unit.Value;
    }
}
