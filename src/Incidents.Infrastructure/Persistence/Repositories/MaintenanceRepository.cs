using Incidents.Domain.Maintenances;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class MaintenanceRepository(IncidentsDbContext db) : IMaintenanceRepository
{
    public Task<Maintenance?> GetAsync(
        Guid pageId,
        Guid maintenanceId,
        CancellationToken cancellationToken
    ) =>
        db
            .Maintenances.Include(m => m.Updates)
            .FirstOrDefaultAsync(
                m => m.Id == maintenanceId && m.PageId == pageId,
                cancellationToken
            );

    public async Task<IReadOnlyList<Maintenance>> ListActiveAffectingAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    )
    {
        var ids = componentIds.ToList();
        return await db
            .Maintenances.AsNoTracking()
            .Where(m =>
                m.PageId == pageId
                && (
                    m.Status == MaintenanceStatus.InProgress
                    || m.Status == MaintenanceStatus.Verifying
                )
                && m.AffectedComponentIds.Any(c => ids.Contains(c))
            )
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Maintenance>> ListScheduledInSeriesAsync(
        Guid pageId,
        Guid seriesId,
        CancellationToken cancellationToken
    ) =>
        await db
            .Maintenances.Include(m => m.Updates)
            .Where(m =>
                m.PageId == pageId
                && m.SeriesId == seriesId
                && m.Status == MaintenanceStatus.Scheduled
            )
            .ToListAsync(cancellationToken);

    public async Task<DateTimeOffset?> LatestStartInSeriesAsync(
        Guid pageId,
        Guid seriesId,
        CancellationToken cancellationToken
    ) =>
        // ORDER BY rather than MAX: SQLite stores times as numbers through a converter, which
        // ordering handles on every provider.
        await db
            .Maintenances.Where(m => m.PageId == pageId && m.SeriesId == seriesId)
            .OrderByDescending(m => m.ScheduledFor)
            .Select(m => (DateTimeOffset?)m.ScheduledFor)
            .FirstOrDefaultAsync(cancellationToken);

    public void Add(Maintenance maintenance) => db.Maintenances.Add(maintenance);
}
