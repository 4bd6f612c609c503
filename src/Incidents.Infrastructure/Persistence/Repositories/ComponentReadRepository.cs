using Incidents.Application.Components.Queries;
using Incidents.Domain.Components;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class ComponentReadRepository(IncidentsDbContext db) : IComponentReadRepository
{
    public Task<Component?> GetAsync(
        Guid pageId,
        Guid componentId,
        CancellationToken cancellationToken
    ) =>
        db
            .Components.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == componentId && c.PageId == pageId, cancellationToken);

    public async Task<IReadOnlyList<Component>> ListAsync(
        Guid pageId,
        CancellationToken cancellationToken
    ) =>
        await db
            .Components.AsNoTracking()
            .Where(c => c.PageId == pageId)
            .OrderBy(c => c.DisplayOrder)
            .ThenBy(c => c.Name)
            .ToListAsync(cancellationToken);
}
