using Incidents.Application.Notifications.Common;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class NotificationPageReader(IncidentsDbContext db) : INotificationPageReader
{
    public Task<NotificationPage?> GetPageAsync(Guid pageId, CancellationToken cancellationToken) =>
        db
            .StatusPages.AsNoTracking()
            .Where(p => p.Id == pageId)
            .Select(p => new NotificationPage(p.Id, p.Slug, p.Name, p.TimeZone, p.DefaultLanguage))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<NotificationPage?> GetPageBySlugAsync(
        string slug,
        CancellationToken cancellationToken
    ) =>
        db
            .StatusPages.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new NotificationPage(p.Id, p.Slug, p.Name, p.TimeZone, p.DefaultLanguage))
            .FirstOrDefaultAsync(cancellationToken);
}
