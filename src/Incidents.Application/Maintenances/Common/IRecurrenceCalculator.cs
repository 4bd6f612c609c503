using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Common;

/// <summary>Evaluates RFC 5545 rules (an iCalendar library lives behind this port, in Infrastructure).</summary>
public interface IRecurrenceCalculator
{
    /// <summary>
    /// Null when <paramref name="recurrence"/>, started by the window
    /// <paramref name="firstFor"/>–<paramref name="firstUntil"/>, is usable; otherwise the message
    /// that says why not (not an RRULE, no occurrence after the first, occurrences that overlap).
    /// </summary>
    string? Check(Recurrence recurrence, DateTimeOffset firstFor, DateTimeOffset firstUntil);

    /// <summary>
    /// The first occurrence of the series that starts after <paramref name="after"/>: its start
    /// and its end, the first occurrence's duration in the series' local time (so a 02:00–04:00
    /// window stays 02:00–04:00 across daylight-saving changes). Null when the series has no more.
    /// </summary>
    (DateTimeOffset ScheduledFor, DateTimeOffset ScheduledUntil)? NextOccurrence(
        MaintenanceSeries series,
        DateTimeOffset after
    );
}
