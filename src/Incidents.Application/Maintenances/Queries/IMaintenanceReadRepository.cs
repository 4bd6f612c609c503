using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Queries;

/// <summary>The read side for maintenances: untracked, paged, always scoped to one page.</summary>
public interface IMaintenanceReadRepository
{
    /// <summary>With its timeline; null when the page has none with that id.</summary>
    Task<Maintenance?> GetAsync(
        Guid pageId,
        Guid maintenanceId,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// With their timelines. Upcoming and Active lists are ordered by ScheduledFor, soonest first
    /// (what a status page shows); the others newest window first.
    /// </summary>
    Task<(IReadOnlyList<Maintenance> Items, int TotalCount)> ListAsync(
        Guid pageId,
        MaintenanceListFilter filter,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    );
}
