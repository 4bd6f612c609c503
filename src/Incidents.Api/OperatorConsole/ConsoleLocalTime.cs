using System.Globalization;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// A date and time typed into a <c>datetime-local</c> field, in the time zone the form names (UTC
/// without JavaScript; the browser's IANA zone with it), turned into the UTC instant the admin
/// API's commands take — or the message that goes next to the field.
/// </summary>
internal static class ConsoleLocalTime
{
    public const string Utc = "UTC";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm",
    ];

    /// <summary>The zone by id (IANA or Windows, as .NET resolves them), or null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Equals(Utc, StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }

    /// <summary>Null for an empty field (the command then says it is required); false with a message when it cannot be read.</summary>
    public static bool TryToUtc(
        string field,
        string? text,
        TimeZoneInfo zone,
        out DateTimeOffset? utc,
        out string? error
    )
    {
        utc = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (
            !DateTime.TryParseExact(
                text.Trim(),
                Formats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var local
            )
        )
        {
            error = $"{field} must be a date and time (YYYY-MM-DDTHH:MM).";
            return false;
        }

        if (zone.IsInvalidTime(local))
        {
            // The hour skipped when clocks go forward does not exist in that zone.
            error = $"{field} does not exist in {zone.Id} (the clocks change then).";
            return false;
        }

        utc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
        return true;
    }

    /// <summary>The value a <c>datetime-local</c> field shows for an instant, in UTC.</summary>
    public static string FieldValue(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
