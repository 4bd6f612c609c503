using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class StatusPageRepository(IncidentsDbContext db) : IStatusPageRepository
{
    public Task<StatusPage?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.StatusPages.FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);

    public Task<StatusPage?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.StatusPages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<StatusPage?> FindByHostnameAsync(
        string hostname,
        CancellationToken cancellationToken
    ) =>
        db.StatusPages.FirstOrDefaultAsync(
            p => p.Hostnames.Any(h => h.Name == hostname),
            cancellationToken
        );

    public async Task<IReadOnlyList<StatusPage>> ListAsync(CancellationToken cancellationToken) =>
        await db.StatusPages.OrderBy(p => p.Slug).ToListAsync(cancellationToken);

    public void Add(StatusPage page) => db.StatusPages.Add(page);
}
