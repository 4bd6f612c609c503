using Incidents.Application.PublicStatus.Common;

namespace Incidents.Application.PublicStatus.Queries.GetMaintenanceCalendar;

public sealed record MaintenanceCalendarDto(
    PublicPageDto Page,
    IReadOnlyList<CalendarMaintenanceDto> Maintenances
);
