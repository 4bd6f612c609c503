using Incidents.Domain.Integrations;

namespace Incidents.Application.Integrations.Common;

/// <summary>An integration as the admin API shows it: never its token, and only whether it has a secret.</summary>
public sealed record IntegrationDto(
    Guid Id,
    string Type,
    string Name,
    bool HasSecret,
    IReadOnlyList<AlertRuleInput> Rules,
    AlertRuleInput? Default,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
)
{
    public static IntegrationDto From(Integration integration) =>
        new(
            integration.Id,
            integration.Type.ToString(),
            integration.Name,
            integration.Secret is not null,
            integration.Rules.Select(AlertRules.ToInput).ToList(),
            integration.Default is null ? null : AlertRules.ToInput(integration.Default),
            integration.CreatedAt,
            integration.UpdatedAt
        );
}
