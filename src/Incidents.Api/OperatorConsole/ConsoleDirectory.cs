using Incidents.Domain.ApiKeys;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Which pages a user may open and with which role: an owner is Admin on every page, anyone else
/// has the role of their membership (none: the page is not theirs).
/// </summary>
public sealed class ConsoleDirectory(IncidentsDbContext db)
{
    public async Task<ConsolePageAccess?> FindAccessAsync(
        Guid userId,
        string slug,
        CancellationToken cancellationToken
    )
    {
        var page = await db
            .StatusPages.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Name,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return null;
        }

        var role = await IsOwnerAsync(userId, cancellationToken)
            ? ApiKeyRole.Admin
            : await db
                .ConsoleMemberships.AsNoTracking()
                .Where(m => m.UserId == userId && m.PageId == page.Id)
                .Select(m => (ApiKeyRole?)m.Role)
                .FirstOrDefaultAsync(cancellationToken);
        return role is { } r ? new ConsolePageAccess(page.Id, page.Slug, page.Name, r) : null;
    }

    public async Task<IReadOnlyList<ConsolePageAccess>> PagesOfAsync(
        Guid userId,
        CancellationToken cancellationToken
    )
    {
        if (await IsOwnerAsync(userId, cancellationToken))
        {
            return await db
                .StatusPages.AsNoTracking()
                .OrderBy(p => p.Name)
                .Select(p => new ConsolePageAccess(p.Id, p.Slug, p.Name, ApiKeyRole.Admin))
                .ToListAsync(cancellationToken);
        }

        var rows = await db
            .ConsoleMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(
                db.StatusPages,
                m => m.PageId,
                p => p.Id,
                (m, p) =>
                    new
                    {
                        p.Id,
                        p.Slug,
                        p.Name,
                        m.Role,
                    }
            )
            .OrderBy(r => r.Name)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ConsolePageAccess(r.Id, r.Slug, r.Name, r.Role))];
    }

    public Task<bool> IsOwnerAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.IsOwner, cancellationToken);
}
