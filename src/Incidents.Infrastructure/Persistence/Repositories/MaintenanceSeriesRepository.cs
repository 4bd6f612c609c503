using Incidents.Domain.Maintenances;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class MaintenanceSeriesRepository(IncidentsDbContext db)
    : IMaintenanceSeriesRepository
{
    public Task<MaintenanceSeries?> GetAsync(
        Guid pageId,
        Guid seriesId,
        CancellationToken cancellationToken
    ) =>
        db.MaintenanceSeries.FirstOrDefaultAsync(
            s => s.Id == seriesId && s.PageId == pageId,
            cancellationToken
        );

    public void Add(MaintenanceSeries series) => db.MaintenanceSeries.Add(series);
}
