namespace Incidents.Application.Integrations.Common;

/// <summary>
/// One notification about an alert group, as Alertmanager (webhook version 4) and Grafana
/// (version 1, the same core) send it; only what the mapping reads.
/// </summary>
public sealed record AlertGroupNotification(
    string? Status,
    string? GroupKey,
    long TruncatedAlerts,
    IReadOnlyDictionary<string, string>? GroupLabels,
    IReadOnlyDictionary<string, string>? CommonLabels,
    IReadOnlyDictionary<string, string>? CommonAnnotations,
    IReadOnlyList<AlertNotificationItem>? Alerts
)
{
    public const string Firing = "firing";
    public const string Resolved = "resolved";

    /// <summary>The group's labels rules match on: the common labels, with the group labels over them.</summary>
    public IReadOnlyDictionary<string, string> Labels()
    {
        var labels = new Dictionary<string, string>(
            CommonLabels ?? new Dictionary<string, string>()
        );
        foreach (var (name, value) in GroupLabels ?? new Dictionary<string, string>())
        {
            labels[name] = value;
        }

        return labels;
    }
}
