using Incidents.Application.Common.Models;
using Incidents.Application.Maintenances.Queries;
using Incidents.Domain.Maintenances;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class MaintenanceReadRepository(IncidentsDbContext db) : IMaintenanceReadRepository
{
    public Task<Maintenance?> GetAsync(
        Guid pageId,
        Guid maintenanceId,
        CancellationToken cancellationToken
    ) =>
        db
            .Maintenances.AsNoTracking()
            .Include(m => m.Updates)
            .FirstOrDefaultAsync(
                m => m.Id == maintenanceId && m.PageId == pageId,
                cancellationToken
            );

    public async Task<(IReadOnlyList<Maintenance> Items, int TotalCount)> ListAsync(
        Guid pageId,
        MaintenanceListFilter filter,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    )
    {
        var query = db.Maintenances.AsNoTracking().Where(m => m.PageId == pageId);
        query = filter switch
        {
            MaintenanceListFilter.Upcoming => query.Where(m =>
                m.Status == MaintenanceStatus.Scheduled
            ),
            MaintenanceListFilter.Active => query.Where(m =>
                m.Status == MaintenanceStatus.InProgress || m.Status == MaintenanceStatus.Verifying
            ),
            MaintenanceListFilter.Completed => query.Where(m =>
                m.Status == MaintenanceStatus.Completed
            ),
            MaintenanceListFilter.Cancelled => query.Where(m =>
                m.Status == MaintenanceStatus.Cancelled
            ),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var ordered = filter is MaintenanceListFilter.Upcoming or MaintenanceListFilter.Active
            ? query.OrderBy(m => m.ScheduledFor).ThenBy(m => m.Id)
            : query.OrderByDescending(m => m.ScheduledFor).ThenByDescending(m => m.Id);
        var items = await ordered
            .Skip(Paging.Offset(page, pageSize))
            .Take(pageSize)
            .Include(m => m.Updates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
