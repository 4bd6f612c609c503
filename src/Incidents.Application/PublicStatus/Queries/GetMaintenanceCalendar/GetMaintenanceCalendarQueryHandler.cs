using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Maintenances.Queries;
using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Maintenances;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetMaintenanceCalendar;

public sealed class GetMaintenanceCalendarQueryHandler(
    IPublicStatusReader reader,
    IMaintenanceReadRepository maintenances,
    TimeProvider time
) : IQueryHandler<GetMaintenanceCalendarQuery, MaintenanceCalendarDto>
{
    /// <summary>At most this many of each kind: a calendar lists what is planned, not the archive.</summary>
    public const int MaxPerKind = 100;

    public async ValueTask<MaintenanceCalendarDto> Handle(
        GetMaintenanceCalendarQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await reader.RequireAsync(query.Slug, cancellationToken);
        var now = time.GetUtcNow();
        var shown = new List<Maintenance>();
        foreach (
            var filter in new[]
            {
                MaintenanceListFilter.Active,
                MaintenanceListFilter.Upcoming,
                MaintenanceListFilter.Cancelled,
            }
        )
        {
            var (items, _) = await maintenances.ListAsync(
                page.Id,
                filter,
                1,
                MaxPerKind,
                cancellationToken
            );
            // A cancelled one stays until its window would have ended, so subscribed calendars
            // see STATUS:CANCELLED rather than an event that silently vanishes.
            shown.AddRange(
                filter == MaintenanceListFilter.Cancelled
                    ? items.Where(m => m.ScheduledUntil > now)
                    : items
            );
        }

        var components = (
            await reader.ListComponentsAsync(page.Id, cancellationToken)
        ).ToDictionary(c => c.Id, c => c.Name);
        return new MaintenanceCalendarDto(
            page,
            shown
                .OrderBy(m => m.ScheduledFor)
                .ThenBy(m => m.Id)
                .Select(m => new CalendarMaintenanceDto(
                    m.Id,
                    m.Title,
                    Vocabulary<MaintenanceStatus>.Display(m.Status),
                    m.Status == MaintenanceStatus.Cancelled,
                    m.ScheduledFor,
                    m.ScheduledUntil,
                    m.Sequence,
                    m.Updates.OrderBy(u => u.CreatedAt)
                        .ThenBy(u => u.Id)
                        .LastOrDefault()
                        ?.Description
                        ?? m.Title,
                    m.AffectedComponentIds.Select(id => components.GetValueOrDefault(id))
                        .OfType<string>()
                        .ToList(),
                    m.CreatedAt,
                    m.UpdatedAt
                ))
                .ToList()
        );
    }
}
