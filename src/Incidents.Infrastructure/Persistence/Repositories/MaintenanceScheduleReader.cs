using Incidents.Application.Maintenances.Common;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

/// <summary>Across pages on purpose: the scheduler serves every page; each transition it sends is page-scoped again.</summary>
internal sealed class MaintenanceScheduleReader(IncidentsDbContext db) : IMaintenanceScheduleReader
{
    public async Task<IReadOnlyList<DueMaintenance>> ListDueAsync(
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken
    ) =>
        await db
            .Maintenances.AsNoTracking()
            .Where(m => m.NextDueAt != null && m.NextDueAt <= now)
            .OrderBy(m => m.NextDueAt)
            .Take(max)
            .Select(m => new DueMaintenance(m.PageId, m.Id, m.NextDueAt!.Value))
            .ToListAsync(cancellationToken);

    public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken) =>
        db
            .Maintenances.AsNoTracking()
            .Where(m => m.NextDueAt != null)
            .OrderBy(m => m.NextDueAt)
            .Select(m => m.NextDueAt)
            .FirstOrDefaultAsync(cancellationToken);
}
