using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Incidents.Application.PublicStatus.Queries.GetMaintenanceCalendar;

namespace Incidents.Infrastructure.Maintenances;

/// <summary>
/// A page's maintenance as an RFC 5545 calendar (Ical.Net), for calendar apps to subscribe to. UID
/// is the maintenance id (stable across updates), SEQUENCE its reschedule counter, DTSTART/DTEND
/// in UTC, URL the permalink. DTSTAMP is the last change, not the render time, so an unchanged
/// calendar is byte-identical (same ETag, 304s).
/// </summary>
public static class MaintenanceCalendarWriter
{
    public static string Write(MaintenanceCalendarDto calendar, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var page = calendar.Page;
        var ical = new Calendar { ProductId = "-//Incidents//Status page maintenance//EN" };
        ical.AddProperty("X-WR-CALNAME", $"{page.Name} maintenance");
        foreach (var m in calendar.Maintenances)
        {
            var description =
                m.AffectedComponents.Count > 0
                    ? $"{m.Status}. Affects: {string.Join(", ", m.AffectedComponents)}.\n\n{m.Description}"
                    : $"{m.Status}.\n\n{m.Description}";
            ical.Events.Add(
                new CalendarEvent
                {
                    Uid = $"{m.Id}@incidents",
                    Sequence = m.Sequence,
                    Summary = m.Title,
                    Description = description,
                    DtStart = Utc(m.ScheduledFor),
                    DtEnd = Utc(m.ScheduledUntil),
                    DtStamp = Utc(m.UpdatedAt),
                    Created = Utc(m.CreatedAt),
                    LastModified = Utc(m.UpdatedAt),
                    Status = m.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                    Url = new Uri(baseUri, $"/status/{page.Slug}/maintenance/{m.Id}"),
                }
            );
        }

        return new CalendarSerializer().SerializeToString(ical) ?? string.Empty;
    }

    private static CalDateTime Utc(DateTimeOffset value) =>
        new(DateTime.SpecifyKind(value.UtcDateTime, DateTimeKind.Utc));
}
