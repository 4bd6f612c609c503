namespace Incidents.Application.Notifications.Common;

public sealed record NotificationPage(Guid Id, string Slug, string Name);
