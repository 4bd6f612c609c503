using Incidents.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class ApiKeyRepository(IncidentsDbContext db) : IApiKeyRepository
{
    public Task<ApiKey?> GetAsync(
        Guid pageId,
        Guid apiKeyId,
        CancellationToken cancellationToken
    ) =>
        db.ApiKeys.FirstOrDefaultAsync(
            k => k.Id == apiKeyId && k.PageId == pageId,
            cancellationToken
        );

    public Task<ApiKey?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash, cancellationToken);

    public async Task<IReadOnlyList<ApiKey>> ListAsync(
        Guid pageId,
        CancellationToken cancellationToken
    ) =>
        await db
            .ApiKeys.Where(k => k.PageId == pageId)
            .OrderBy(k => k.CreatedAt)
            .ToListAsync(cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        db.ApiKeys.AnyAsync(cancellationToken);

    public void Add(ApiKey apiKey) => db.ApiKeys.Add(apiKey);
}
