using System.Globalization;

namespace Incidents.Infrastructure.Notifications.Channels.Email;

/// <summary>
/// A maintenance window as mails (and the status page) write it: in the page's zone, then in UTC,
/// in the reader's language (English, and no culture, keep "Mon 1 Jun 2026 10:00–12:00 UTC").
/// </summary>
public static class MaintenanceWindowText
{
    public static string Format(
        DateTimeOffset from,
        DateTimeOffset until,
        string? timeZone,
        CultureInfo? culture = null
    )
    {
        var utc = Span(from.ToUniversalTime(), until.ToUniversalTime(), "UTC", culture);
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
            timeZone,
            culture
        );
        return $"{local} ({utc})";
    }

    private static string Span(
        DateTimeOffset from,
        DateTimeOffset until,
        string zoneName,
        CultureInfo? culture
    )
    {
        if (culture is null || culture.TwoLetterISOLanguageName is "en" or "iv")
        {
            var end =
                from.Date == until.Date
                    ? until.ToString("HH:mm", CultureInfo.InvariantCulture)
                    : until.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
            return $"{from.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}–{end} {zoneName}";
        }

        // The culture's own long date with a short time ("Montag, 1. Juni 2026 10:00").
        var start = from.ToString("D", culture) + " " + from.ToString("t", culture);
        var finish =
            from.Date == until.Date
                ? until.ToString("t", culture)
                : until.ToString("D", culture) + " " + until.ToString("t", culture);
        return $"{start}–{finish} {zoneName}";
    }
}
