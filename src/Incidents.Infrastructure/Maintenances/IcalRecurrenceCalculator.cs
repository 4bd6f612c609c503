using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Incidents.Application.Maintenances.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Infrastructure.Maintenances;

/// <summary>
/// RFC 5545 rules through Ical.Net. The rule runs on the first occurrence's local start in the
/// series' zone (DTSTART;TZID=...), so "every Sunday at 02:00 Berlin time" stays at 02:00 local
/// across daylight-saving changes; each occurrence ends after the first one's local (wall-clock)
/// duration, converted back to UTC on its own day.
/// </summary>
internal sealed class IcalRecurrenceCalculator : IRecurrenceCalculator
{
    /// <summary>Enough to find the next occurrence of any sensible rule without walking forever.</summary>
    private const int MaxOccurrencesScanned = 100_000;

    public string? Check(Recurrence recurrence, DateTimeOffset firstFor, DateTimeOffset firstUntil)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        List<(DateTimeOffset For, DateTimeOffset Until)> firstTwo;
        try
        {
            firstTwo = Occurrences(recurrence, firstFor, firstUntil).Take(2).ToList();
        }
        catch (Exception e)
            when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return "Recurrence.Rule must be an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=SU).";
        }

        if (firstTwo.Count < 2)
        {
            return "Recurrence must have an occurrence after the first.";
        }

        // Occurrences are materialised one after the other: one must end before the next begins.
        return firstTwo[1].For < firstTwo[0].Until
            ? "Recurrence occurrences must not overlap: the rule repeats before the window ends."
            : null;
    }

    public (DateTimeOffset ScheduledFor, DateTimeOffset ScheduledUntil)? NextOccurrence(
        MaintenanceSeries series,
        DateTimeOffset after
    )
    {
        ArgumentNullException.ThrowIfNull(series);
        foreach (
            var occurrence in Occurrences(
                    series.Recurrence,
                    series.FirstScheduledFor,
                    series.FirstScheduledUntil
                )
                .Take(MaxOccurrencesScanned)
        )
        {
            if (series.Until is { } until && occurrence.For > until)
            {
                return null;
            }

            if (occurrence.For > after)
            {
                return occurrence;
            }
        }

        return null;
    }

    private static IEnumerable<(DateTimeOffset For, DateTimeOffset Until)> Occurrences(
        Recurrence recurrence,
        DateTimeOffset firstFor,
        DateTimeOffset firstUntil
    )
    {
        var zone = recurrence.Zone;
        // iCalendar times have whole seconds: the sub-second parts are kept aside and added back.
        var (localStart, startFraction) = WholeSeconds(
            TimeZoneInfo.ConvertTime(firstFor, zone).DateTime
        );
        var (localEnd, endFraction) = WholeSeconds(
            TimeZoneInfo.ConvertTime(firstUntil, zone).DateTime
        );
        var localDuration = localEnd - localStart;
        var calendarEvent = new CalendarEvent
        {
            DtStart = new CalDateTime(localStart, recurrence.TimeZone, hasTime: true),
            RecurrenceRule = new RecurrencePattern(recurrence.Rule),
        };
        foreach (var occurrence in calendarEvent.GetOccurrences(null, null))
        {
            var start = occurrence.Period.StartTime;
            var startUtc = new DateTimeOffset(start.AsUtc, TimeSpan.Zero) + startFraction;
            var end = new CalDateTime(
                start.Value + localDuration,
                recurrence.TimeZone,
                hasTime: true
            );
            yield return (startUtc, new DateTimeOffset(end.AsUtc, TimeSpan.Zero) + endFraction);
        }
    }

    private static (DateTime Whole, TimeSpan Fraction) WholeSeconds(DateTime value)
    {
        var fraction = TimeSpan.FromTicks(value.Ticks % TimeSpan.TicksPerSecond);
        return (value - fraction, fraction);
    }
}
