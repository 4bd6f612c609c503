using Incidents.Application.Integrations.Common;

namespace Incidents.Api.Models.Integrations;

/// <summary>Replaces name, rules, default and secret (Type and token stay).</summary>
public sealed record IntegrationUpdateModel(
    string? Name,
    IReadOnlyList<AlertRuleInput>? Rules,
    AlertRuleInput? Default,
    string? Secret
);
