using Incidents.Application.Integrations.Common;
using Mediator;

namespace Incidents.Application.Integrations.Commands.UpdateIntegration;

/// <summary>Replaces the name, rules, default and secret (the type and token stay).</summary>
public sealed record UpdateIntegrationCommand(
    Guid IntegrationId,
    string? Name,
    IReadOnlyList<AlertRuleInput>? Rules,
    AlertRuleInput? Default,
    string? Secret
) : ICommand<Unit>;
