using Incidents.Domain.Integrations;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class IntegrationRepository(IncidentsDbContext db, IntegrationLookupCache cache)
    : IIntegrationRepository
{
    public Task<Integration?> GetAsync(
        Guid pageId,
        Guid integrationId,
        CancellationToken cancellationToken
    ) =>
        db.Integrations.FirstOrDefaultAsync(
            i => i.Id == integrationId && i.PageId == pageId,
            cancellationToken
        );

    /// <summary>
    /// For the receivers (authentication, then the rules): an untracked copy from the
    /// process-wide <see cref="IntegrationLookupCache"/>, evicted on every change.
    /// </summary>
    public async Task<Integration?> FindAsync(
        Guid integrationId,
        CancellationToken cancellationToken
    )
    {
        if (cache.TryGet(integrationId, out var integration))
        {
            return integration;
        }

        var generation = cache.Generation;
        integration = await db
            .Integrations.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == integrationId, cancellationToken);
        if (integration is not null)
        {
            cache.Set(integration, generation);
        }

        return integration;
    }

    public async Task<IReadOnlyList<Integration>> ListAsync(
        Guid pageId,
        CancellationToken cancellationToken
    ) =>
        await db
            .Integrations.AsNoTracking()
            .Where(i => i.PageId == pageId)
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);

    public void Add(Integration integration) => db.Integrations.Add(integration);

    public void Remove(Integration integration) => db.Integrations.Remove(integration);
}
