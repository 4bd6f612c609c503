using Incidents.Domain.Components;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class ComponentRepository(IncidentsDbContext db) : IComponentRepository
{
    public Task<Component?> GetAsync(
        Guid pageId,
        Guid componentId,
        CancellationToken cancellationToken
    ) =>
        db.Components.FirstOrDefaultAsync(
            c => c.Id == componentId && c.PageId == pageId,
            cancellationToken
        );

    public async Task<IReadOnlyList<Component>> ListAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    )
    {
        var ids = componentIds.Distinct().ToList();
        return await db
            .Components.Where(c => c.PageId == pageId && ids.Contains(c.Id))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Component>> ListInGroupAsync(
        Guid pageId,
        string group,
        CancellationToken cancellationToken
    ) =>
        await db
            .Components.Where(c => c.PageId == pageId && c.Group == group)
            .ToListAsync(cancellationToken);

    public Task<bool> GroupExistsAsync(
        Guid pageId,
        string group,
        CancellationToken cancellationToken
    ) => db.Components.AnyAsync(c => c.PageId == pageId && c.Group == group, cancellationToken);

    public Task<bool> NameExistsAsync(
        Guid pageId,
        string name,
        Guid? exceptComponentId,
        CancellationToken cancellationToken
    )
    {
        var lowered = name.ToLowerInvariant();
        // ToLower translates to SQL on every provider; string.Equals with a comparison does not.
#pragma warning disable CA1862, CA1304, CA1311
        return db.Components.AnyAsync(
            c => c.PageId == pageId && c.Name.ToLower() == lowered && c.Id != exceptComponentId,
            cancellationToken
        );
#pragma warning restore CA1862, CA1304, CA1311
    }

    public void Add(Component component) => db.Components.Add(component);

    public void Remove(Component component) => db.Components.Remove(component);
}
