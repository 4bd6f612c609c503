using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Incidents.Domain.Incidents;
using Incidents.Domain.Integrations;

namespace Incidents.Application.Integrations.Common;

/// <summary>
/// The title and description of an incident opened by an alert group. By default the description
/// names the alerts only: annotations and labels often carry internal hosts and URLs, so they
/// appear only when the rule opts in (<see cref="AlertRule.IncludeDetails"/>).
/// </summary>
public static partial class AlertIncidentText
{
    public const string FallbackTitle = "Alert firing";

    public static string Title(AlertRule rule, AlertGroupNotification notification)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(notification);
        var labels = notification.Labels();
        var annotations = notification.CommonAnnotations ?? new Dictionary<string, string>();
        var title = rule.TitleTemplate is { } template
            ? Placeholder()
                .Replace(
                    template,
                    m =>
                        (
                            m.Groups[1].Success
                                ? annotations.GetValueOrDefault(m.Groups[2].Value)
                                : labels.GetValueOrDefault(m.Groups[2].Value)
                        ) ?? string.Empty
                )
            : annotations.GetValueOrDefault("summary") ?? labels.GetValueOrDefault("alertname");
        title = string.IsNullOrWhiteSpace(title) ? FallbackTitle : title.Trim();
        return title.Length <= Incident.TitleMaxLength
            ? title
            : title[..(Incident.TitleMaxLength - 1)] + "…";
    }

    public static string Description(AlertRule rule, AlertGroupNotification notification)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(notification);
        var firing = (notification.Alerts ?? [])
            .Where(a => a.Status != AlertGroupNotification.Resolved)
            .ToList();
        var names = firing
            .Select(a => a.Labels?.GetValueOrDefault("alertname"))
            .OfType<string>()
            .Distinct()
            .ToList();
        var text = new StringBuilder();
        text.Append(firing.Count == 1 ? "1 alert firing" : $"{firing.Count} alerts firing");
        if (names.Count > 0)
        {
            text.Append(": ").Append(string.Join(", ", names));
        }

        text.Append('.');
        if (notification.TruncatedAlerts > 0)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $" {notification.TruncatedAlerts} more not listed by the sender."
            );
        }

        if (rule.IncludeDetails)
        {
            foreach (var alert in firing)
            {
                text.Append("\n\n- ")
                    .Append(
                        string.Join(
                            ", ",
                            (alert.Labels ?? new Dictionary<string, string>()).Select(l =>
                                $"{l.Key}={l.Value}"
                            )
                        )
                    );
                foreach (var (name, value) in alert.Annotations ?? new Dictionary<string, string>())
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n  {name}: {value}");
                }
            }
        }

        var description = text.ToString();
        return description.Length <= Incident.DescriptionMaxLength
            ? description
            : description[..(Incident.DescriptionMaxLength - 1)] + "…";
    }

    [GeneratedRegex(@"\{\{\s*(annotations\.)?([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
