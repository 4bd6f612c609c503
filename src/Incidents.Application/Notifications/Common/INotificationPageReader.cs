namespace Incidents.Application.Notifications.Common;

/// <summary>What a notification needs to know about a page beyond the event itself.</summary>
public interface INotificationPageReader
{
    Task<NotificationPage?> GetPageAsync(Guid pageId, CancellationToken cancellationToken);

    Task<NotificationPage?> GetPageBySlugAsync(string slug, CancellationToken cancellationToken);
}
