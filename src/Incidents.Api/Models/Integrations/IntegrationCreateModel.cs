using Incidents.Application.Integrations.Common;

namespace Incidents.Api.Models.Integrations;

/// <param name="Type">Alertmanager or Grafana.</param>
/// <param name="Default">Applies when no rule matches; null ignores such alerts.</param>
/// <param name="Secret">Grafana only: the HMAC secret of its webhook contact point.</param>
public sealed record IntegrationCreateModel(
    string? Type,
    string? Name,
    IReadOnlyList<AlertRuleInput>? Rules,
    AlertRuleInput? Default,
    string? Secret
);
