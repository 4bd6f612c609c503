using Incidents.Domain.Integrations;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class IntegrationRepository(IncidentsDbContext db) : IIntegrationRepository
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

    // A receiver reads its integration twice per request (authentication, then the rules): the
    // repository lives for one request, so the second read is served from here.
    private readonly Dictionary<Guid, Integration?> _found = [];

    public async Task<Integration?> FindAsync(
        Guid integrationId,
        CancellationToken cancellationToken
    )
    {
        if (!_found.TryGetValue(integrationId, out var integration))
        {
            integration = await db
                .Integrations.AsNoTracking()
                .FirstOrDefaultAsync(i => i.Id == integrationId, cancellationToken);
            _found[integrationId] = integration;
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
