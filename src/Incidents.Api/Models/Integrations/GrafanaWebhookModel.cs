namespace Incidents.Api.Models.Integrations;

/// <summary>
/// Grafana Alerting's webhook body (version "1"): Alertmanager's fields plus title, state,
/// message and orgId (grafana/alerting receivers/webhook).
/// </summary>
public sealed record GrafanaWebhookModel(
    string? Version,
    string? Receiver,
    string? Status,
    string? GroupKey,
    long? TruncatedAlerts,
    IReadOnlyDictionary<string, string>? GroupLabels,
    IReadOnlyDictionary<string, string>? CommonLabels,
    IReadOnlyDictionary<string, string>? CommonAnnotations,
    string? ExternalUrl,
    IReadOnlyList<AlertmanagerAlertModel>? Alerts,
    string? Title,
    string? State,
    string? Message,
    long? OrgId
)
    : AlertmanagerWebhookModel(
        Version,
        Receiver,
        Status,
        GroupKey,
        TruncatedAlerts,
        GroupLabels,
        CommonLabels,
        CommonAnnotations,
        ExternalUrl,
        Alerts
    );
