using Incidents.Application.Templates.Queries;
using Incidents.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class TemplateReadRepository(IncidentsDbContext db) : ITemplateReadRepository
{
    public Task<Template?> GetAsync(
        Guid pageId,
        Guid templateId,
        CancellationToken cancellationToken
    ) =>
        db
            .Templates.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Id == templateId && t.PageId == pageId, cancellationToken);

    public async Task<IReadOnlyList<Template>> ListAsync(
        Guid pageId,
        TemplateKind? kind,
        string? group,
        CancellationToken cancellationToken
    )
    {
        var query = db.Templates.AsNoTracking().Where(t => t.PageId == pageId);
        if (kind is not null)
        {
            query = query.Where(t => t.Kind == kind);
        }

        if (group is not null)
        {
            var lowered = group.ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // ToLower translates on every provider.
            query = query.Where(t => t.Group != null && t.Group.ToLower() == lowered);
#pragma warning restore CA1862, CA1304, CA1311
        }

        // A page has tens of templates, not thousands: sorted in memory, the same on every provider.
        var templates = await query.ToListAsync(cancellationToken);
        return templates
            .OrderBy(t => t.Group is not null)
            .ThenBy(t => t.Group, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
