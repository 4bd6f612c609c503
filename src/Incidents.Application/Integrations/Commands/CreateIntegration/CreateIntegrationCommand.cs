using Incidents.Application.Integrations.Common;
using Mediator;

namespace Incidents.Application.Integrations.Commands.CreateIntegration;

/// <summary>Connects an alert source to the caller's page; the token is returned only here.</summary>
public sealed record CreateIntegrationCommand(
    string? Type,
    string? Name,
    IReadOnlyList<AlertRuleInput>? Rules,
    AlertRuleInput? Default,
    string? Secret
) : ICommand<CreatedIntegration>;
