using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Integrations;
using Mediator;

namespace Incidents.Application.Integrations.Commands.DeleteIntegration;

public sealed class DeleteIntegrationCommandHandler(
    IIntegrationRepository integrations,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<DeleteIntegrationCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        DeleteIntegrationCommand command,
        CancellationToken cancellationToken
    )
    {
        var integration =
            await integrations.GetAsync(caller.PageId, command.IntegrationId, cancellationToken)
            ?? throw new NotFoundException($"Integration {command.IntegrationId} not found.");
        integration.Delete(timeProvider.GetUtcNow());
        integrations.Remove(integration);
        return Unit.Value;
    }
}
