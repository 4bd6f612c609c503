using Incidents.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class TemplateRepository(IncidentsDbContext db) : ITemplateRepository
{
    public Task<Template?> GetAsync(
        Guid pageId,
        Guid templateId,
        CancellationToken cancellationToken
    ) =>
        db.Templates.FirstOrDefaultAsync(
            t => t.Id == templateId && t.PageId == pageId,
            cancellationToken
        );

    public Task<bool> NameExistsAsync(
        Guid pageId,
        string name,
        Guid? exceptTemplateId,
        CancellationToken cancellationToken
    )
    {
        var lowered = name.ToLowerInvariant();
        // ToLower translates to SQL on every provider; string.Equals with a comparison does not.
#pragma warning disable CA1862, CA1304, CA1311
        return db.Templates.AnyAsync(
            t => t.PageId == pageId && t.Name.ToLower() == lowered && t.Id != exceptTemplateId,
            cancellationToken
        );
#pragma warning restore CA1862, CA1304, CA1311
    }

    public void Add(Template newTemplate) => db.Templates.Add(newTemplate);

    public void Remove(Template removed) => db.Templates.Remove(removed);
}
