using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Integrations.Common;
using Incidents.Domain.Integrations;
using Mediator;

namespace Incidents.Application.Integrations.Commands.UpdateIntegration;

public sealed class UpdateIntegrationCommandHandler(
    IIntegrationRepository integrations,
    AlertRules alertRules,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<UpdateIntegrationCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        UpdateIntegrationCommand command,
        CancellationToken cancellationToken
    )
    {
        var integration =
            await integrations.GetAsync(caller.PageId, command.IntegrationId, cancellationToken)
            ?? throw new NotFoundException($"Integration {command.IntegrationId} not found.");
        var (rules, defaultRule) = await alertRules.ToDomainAsync(
            caller.PageId,
            command.Rules,
            command.Default,
            cancellationToken
        );
        integration.Change(
            command.Name!,
            rules,
            defaultRule,
            command.Secret,
            timeProvider.GetUtcNow()
        );
        return Unit.Value;
    }
}
