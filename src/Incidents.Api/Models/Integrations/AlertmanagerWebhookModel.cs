namespace Incidents.Api.Models.Integrations;

/// <summary>
/// Alertmanager's webhook body, version "4" (prometheus/alertmanager notify/webhook). Field names
/// are the wire's (bound case-insensitively); unknown fields are ignored, so newer versions'
/// additions (notification_reason, routeLabels) pass.
/// </summary>
public record AlertmanagerWebhookModel(
    string? Version,
    string? Receiver,
    string? Status,
    string? GroupKey,
    long? TruncatedAlerts,
    IReadOnlyDictionary<string, string>? GroupLabels,
    IReadOnlyDictionary<string, string>? CommonLabels,
    IReadOnlyDictionary<string, string>? CommonAnnotations,
    string? ExternalUrl,
    IReadOnlyList<AlertmanagerAlertModel>? Alerts
);
