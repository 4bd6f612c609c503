using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Integrations.Common;
using Incidents.Domain.Integrations;
using Mediator;

namespace Incidents.Application.Integrations.Commands.CreateIntegration;

public sealed class CreateIntegrationCommandHandler(
    IIntegrationRepository integrations,
    AlertRules alertRules,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<CreateIntegrationCommand, CreatedIntegration>
{
    public async ValueTask<CreatedIntegration> Handle(
        CreateIntegrationCommand command,
        CancellationToken cancellationToken
    )
    {
        var (rules, defaultRule) = await alertRules.ToDomainAsync(
            caller.PageId,
            command.Rules,
            command.Default,
            cancellationToken
        );
        var issued = Integration.Create(
            caller.PageId,
            Vocabulary<IntegrationType>.Parse(command.Type!),
            command.Name!,
            rules,
            defaultRule,
            command.Secret,
            timeProvider.GetUtcNow()
        );
        integrations.Add(issued.Integration);
        return new CreatedIntegration(
            issued.Integration.Id,
            issued.Integration.Type.ToString(),
            issued.PlaintextToken
        );
    }
}
