using Incidents.Application.Integrations.Common;
using Mediator;

namespace Incidents.Application.Integrations.Queries.ListIntegrations;

/// <summary>The caller's page's integrations, oldest first, never their tokens or secrets.</summary>
public sealed record ListIntegrationsQuery : IQuery<IReadOnlyList<IntegrationDto>>;
