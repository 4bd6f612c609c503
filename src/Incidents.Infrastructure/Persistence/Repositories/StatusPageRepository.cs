using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class StatusPageRepository(IncidentsDbContext db) : IStatusPageRepository
{
    public Task<StatusPage?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.StatusPages.FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);

    public async Task<IReadOnlyList<StatusPage>> ListAsync(CancellationToken cancellationToken) =>
        await db.StatusPages.OrderBy(p => p.Slug).ToListAsync(cancellationToken);

    public void Add(StatusPage page) => db.StatusPages.Add(page);
}
