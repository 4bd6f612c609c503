using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetMaintenanceCalendar;

/// <summary>What the page's iCalendar feed lists: upcoming and active maintenance, and cancelled ones whose window has not ended.</summary>
public sealed record GetMaintenanceCalendarQuery(string Slug) : IQuery<MaintenanceCalendarDto>;
