using Incidents.Application.Common.Exceptions;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.StatuspageCompatibility.Queries.GetStatuspageSnapshot;

public sealed class GetStatuspageSnapshotQueryHandler(IPublicStatusReader reader, TimeProvider time)
    : IQueryHandler<GetStatuspageSnapshotQuery, StatuspageSnapshot>
{
    /// <summary>incidents.json and scheduled-maintenances.json list this many (as Statuspage does).</summary>
    public const int Latest = 50;

    public async ValueTask<StatuspageSnapshot> Handle(
        GetStatuspageSnapshotQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = query.PageId is { } pageId
            ? await reader.FindPageByIdAsync(pageId, cancellationToken)
                ?? throw new NotFoundException("Page not found.")
            : await reader.RequireAsync(query.Slug ?? string.Empty, cancellationToken);
        var now = time.GetUtcNow();
        var components = await reader.ListComponentsAsync(page.Id, cancellationToken);
        var latest = await reader.ListLatestIncidentsAsync(page.Id, Latest, cancellationToken);
        // Created from now on: none; so this is every unresolved incident, however old.
        var unresolved = await reader.ListIncidentsAsync(
            page.Id,
            now,
            null,
            includeUnresolved: true,
            withUpdates: true,
            cancellationToken
        );
        var asked = query.IncidentId is { } id
            ? await reader.ListIncidentsWithUpdatesAsync(page.Id, [id], cancellationToken)
            : [];
        var incidents = latest
            .Concat(unresolved)
            .Concat(asked)
            .DistinctBy(i => i.Id)
            .OrderByDescending(i => i.CreatedAt)
            .ThenByDescending(i => i.Id)
            .ToList();

        var latestMaintenances = await reader.ListLatestMaintenancesAsync(
            page.Id,
            Latest,
            cancellationToken
        );
        // Completed from now on: none; so these are the scheduled and in-progress ones.
        var open = await reader.ListMaintenancesAsync(page.Id, now, cancellationToken);
        var maintenances = latestMaintenances
            .Concat(open)
            .DistinctBy(m => m.Id)
            .OrderByDescending(m => m.ScheduledFor)
            .ThenByDescending(m => m.Id)
            .ToList();

        var worst = OverallStatus.Worst(
            components.Select(c => c.Status),
            incidents.Where(i => !i.IsResolved).Select(i => i.Impact),
            maintenances.Any(m => m.IsActive)
        );
        var updatedAt = components
            .Select(c => c.UpdatedAt)
            .Concat(incidents.Select(i => i.UpdatedAt))
            .Concat(maintenances.Select(m => m.UpdatedAt))
            .Append(page.CreatedAt)
            .Max();
        return new StatuspageSnapshot(page, worst, components, incidents, maintenances, updatedAt);
    }
}
