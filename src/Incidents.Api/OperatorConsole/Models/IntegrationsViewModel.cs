using Incidents.Application.Integrations.Common;

namespace Incidents.Api.OperatorConsole.Models;

/// <param name="Created">The integration just created, with its token: shown this once.</param>
/// <param name="SecretFor">The integration whose secret form failed (its errors are in ModelState).</param>
public sealed record IntegrationsViewModel(
    ConsolePageAccess Access,
    IReadOnlyList<IntegrationDto> Integrations,
    IReadOnlyList<ComponentChoice> Components,
    IntegrationCreateForm Form,
    CreatedIntegrationView? Created,
    string Origin,
    Guid? SecretFor,
    string? Notice
);
