using Incidents.Application.Common.Vocabulary;
using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

public sealed class GetPageSummaryQueryHandler(IPublicStatusReader reader, TimeProvider time)
    : IQueryHandler<GetPageSummaryQuery, PageSummaryDto>
{
    /// <summary>Incidents resolved this many days ago or less are listed under the active ones.</summary>
    public const int RecentDays = 14;

    public async ValueTask<PageSummaryDto> Handle(
        GetPageSummaryQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await reader.RequireAsync(query.Slug, cancellationToken);
        var now = time.GetUtcNow();
        var windowStart = UptimeCalculator.WindowStart(now);
        var components = await reader.ListComponentsAsync(page.Id, cancellationToken);
        var changes = await reader.ListStatusChangesAsync(page.Id, windowStart, cancellationToken);
        var intervals = await reader.ListStatusIntervalsAsync(
            page.Id,
            windowStart,
            cancellationToken
        );
        var windowIncidents = await reader.ListIncidentsAsync(
            page.Id,
            windowStart,
            null,
            includeUnresolved: true,
            withUpdates: false,
            cancellationToken
        );
        // Past incidents are those resolved in the last 14 days (among those opened in the window).
        var recentSince = now.AddDays(-RecentDays);
        var shownIds = windowIncidents
            .Where(i => !i.IsResolved || i.ResolvedAt >= recentSince)
            .Select(i => i.Id)
            .ToList();
        var shown = await reader.ListIncidentsWithUpdatesAsync(
            page.Id,
            shownIds,
            cancellationToken
        );

        // Completed ones reach back over the whole bar window: the bars list them on their days.
        var maintenances = await reader.ListMaintenancesAsync(
            page.Id,
            windowStart,
            cancellationToken
        );

        var historyByComponent = changes
            .GroupBy(c => c.ComponentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StatusChangeRow>)g.ToList());
        var intervalsByComponent = intervals
            .GroupBy(i => i.ComponentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StatusIntervalRow>)g.ToList());
        var publicComponents = components
            .Select(c =>
                ToPublic(
                    c,
                    StatusHistoryOverlay.Merge(
                        historyByComponent.GetValueOrDefault(c.Id) ?? [],
                        intervalsByComponent.GetValueOrDefault(c.Id) ?? []
                    ),
                    windowIncidents,
                    maintenances,
                    now
                )
            )
            .ToList();

        var active = shown.Where(i => !i.IsResolved).ToList();
        var activeMaintenances = maintenances.Where(m => m.IsActive).ToList();
        var worst = OverallStatus.Worst(
            components.Select(c => c.Status),
            active.Select(i => i.Impact),
            activeMaintenances.Count > 0
        );
        var recentMaintenances = maintenances
            .Where(m => m.Status == MaintenanceStatus.Completed && m.CompletedAt >= recentSince)
            .OrderByDescending(m => m.CompletedAt)
            .Select(PublicMaintenanceMapper.ToDto)
            .ToList();

        return new PageSummaryDto(
            page,
            OverallStatus.From(worst),
            publicComponents,
            active.Select(PublicIncidentMapper.ToDto).ToList(),
            shown.Where(i => i.IsResolved).Select(PublicIncidentMapper.ToDto).ToList(),
            now,
            activeMaintenances.Select(PublicMaintenanceMapper.ToDto).ToList(),
            maintenances
                .Where(m => m.Status == MaintenanceStatus.Scheduled)
                .Select(PublicMaintenanceMapper.ToDto)
                .ToList(),
            recentMaintenances
        );
    }

    private static PublicComponentDto ToPublic(
        Component component,
        IReadOnlyList<StatusChangeRow> history,
        IReadOnlyList<Incident> windowIncidents,
        IReadOnlyList<Maintenance> maintenances,
        DateTimeOffset now
    )
    {
        var (days, uptime) = UptimeCalculator.Calculate(history, now);
        var affecting = windowIncidents
            .Where(i => i.AffectedComponentIds.Contains(component.Id))
            .ToList();
        // The time the component was actually under it: from the start to the completion (or now).
        var underMaintenance = maintenances
            .Where(m => m.StartedAt is not null && m.AffectedComponentIds.Contains(component.Id))
            .ToList();
        var publicDays = days.Select(d =>
            {
                var dayStart = new DateTimeOffset(
                    d.Date.ToDateTime(TimeOnly.MinValue),
                    TimeSpan.Zero
                );
                var dayEnd = dayStart.AddDays(1);
                var incidents = affecting
                    .Where(i => i.CreatedAt < dayEnd && (i.ResolvedAt ?? now) >= dayStart)
                    .OrderBy(i => i.CreatedAt)
                    .Select(i => new PublicDayIncidentDto(i.Id, i.Title))
                    .ToList();
                var dayMaintenances = underMaintenance
                    .Where(m => m.StartedAt < dayEnd && (m.CompletedAt ?? now) >= dayStart)
                    .Select(m => new PublicDayMaintenanceDto(
                        m.Id,
                        m.Title,
                        m.ScheduledFor,
                        m.ScheduledUntil
                    ))
                    .ToList();
                return new PublicDayDto(
                    d.Date,
                    d.WorstStatus is { } s ? Vocabulary<ComponentStatus>.Display(s) : null,
                    incidents,
                    dayMaintenances
                );
            })
            .ToList();
        return new PublicComponentDto(
            component.Id,
            component.Name,
            component.Description,
            component.Group,
            component.DisplayOrder,
            Vocabulary<ComponentStatus>.Display(component.Status),
            uptime,
            publicDays
        );
    }
}
