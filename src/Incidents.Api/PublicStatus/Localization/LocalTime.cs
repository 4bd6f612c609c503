using System.Globalization;

namespace Incidents.Api.PublicStatus.Localization;

/// <summary>
/// A moment as the page writes it: in the page's zone, named after the time ("… UTC",
/// "… Europe/Berlin"), in the culture's short date and time — English keeps "Nov 29, 2026 14:05".
/// </summary>
public static class LocalTime
{
    public static string Format(DateTimeOffset moment, string? timeZone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var zoneName = "UTC";
        var shown = moment.ToUniversalTime();
        if (
            !string.IsNullOrWhiteSpace(timeZone)
            && timeZone != "UTC"
            && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
        )
        {
            shown = TimeZoneInfo.ConvertTime(moment, zone);
            zoneName = timeZone;
        }

        var text = culture.TwoLetterISOLanguageName is "en" or "iv"
            ? shown.ToString("MMM d, yyyy HH:mm", CultureInfo.InvariantCulture)
            : shown.ToString("g", culture);
        return text + " " + zoneName;
    }
}
