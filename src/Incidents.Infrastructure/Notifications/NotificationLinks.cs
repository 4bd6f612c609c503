using Microsoft.Extensions.Configuration;

namespace Incidents.Infrastructure.Notifications;

/// <summary>Absolute links in mails and chat messages, from configuration <c>PublicBaseUrl</c> (default http://localhost:5080).</summary>
public sealed class NotificationLinks(IConfiguration configuration)
{
    public const string DefaultBaseUrl = "http://localhost:5080";

    private readonly string _base = (
        configuration["PublicBaseUrl"] is { Length: > 0 } value ? value : DefaultBaseUrl
    ).TrimEnd('/');

    public string StatusPage(string slug) => $"{_base}/status/{Uri.EscapeDataString(slug)}";

    public string Incident(string slug, Guid incidentId) =>
        $"{StatusPage(slug)}/incidents/{incidentId}";

    public string Maintenance(string slug, Guid maintenanceId) =>
        $"{StatusPage(slug)}/maintenance/{maintenanceId}";

    public string Confirm(string slug, string token) =>
        $"{_base}/api/public/{Uri.EscapeDataString(slug)}/subscribe/confirm?token={Uri.EscapeDataString(token)}";

    public string Unsubscribe(string slug, string token) =>
        $"{_base}/api/public/{Uri.EscapeDataString(slug)}/unsubscribe?token={Uri.EscapeDataString(token)}";
}
