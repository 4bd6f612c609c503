namespace Incidents.Api.Models.Integrations;

/// <summary>One alert of an Alertmanager (or Grafana) webhook body.</summary>
public sealed record AlertmanagerAlertModel(
    string? Status,
    IReadOnlyDictionary<string, string>? Labels,
    IReadOnlyDictionary<string, string>? Annotations,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? GeneratorUrl,
    string? Fingerprint,
    // Grafana's additions per alert.
    IReadOnlyDictionary<string, double?>? Values,
    string? DashboardUrl,
    string? PanelUrl,
    string? SilenceUrl
);
