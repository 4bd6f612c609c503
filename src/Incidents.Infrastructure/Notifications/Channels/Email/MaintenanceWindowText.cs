using System.Globalization;

namespace Incidents.Infrastructure.Notifications.Channels.Email;

/// <summary>A maintenance window as mails (and the status page) write it: in the page's zone, then in UTC.</summary>
public static class MaintenanceWindowText
{
    public static string Format(DateTimeOffset from, DateTimeOffset until, string? timeZone)
    {
        var utc = Span(from.ToUniversalTime(), until.ToUniversalTime(), "UTC");
        if (
            string.IsNullOrWhiteSpace(timeZone)
            || timeZone == "UTC"
            || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
        )
        {
            return utc;
        }

        var local = Span(
            TimeZoneInfo.ConvertTime(from, zone),
            TimeZoneInfo.ConvertTime(until, zone),
            timeZone
        );
        return $"{local} ({utc})";
    }

    private static string Span(DateTimeOffset from, DateTimeOffset until, string zoneName)
    {
        var end =
            from.Date == until.Date
                ? until.ToString("HH:mm", CultureInfo.InvariantCulture)
                : until.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        return $"{from.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}–{end} {zoneName}";
    }
}
