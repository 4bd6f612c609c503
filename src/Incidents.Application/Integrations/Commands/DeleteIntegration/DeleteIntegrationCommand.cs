using Mediator;

namespace Incidents.Application.Integrations.Commands.DeleteIntegration;

/// <summary>Removes the integration: its receiver answers 401 from now on; its incidents stay.</summary>
public sealed record DeleteIntegrationCommand(Guid IntegrationId) : ICommand<Unit>;
