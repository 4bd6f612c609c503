using Incidents.Application.Integrations.Common;
using Mediator;

namespace Incidents.Application.Integrations.Queries.GetIntegration;

public sealed record GetIntegrationQuery(Guid IntegrationId) : IQuery<IntegrationDto>;
