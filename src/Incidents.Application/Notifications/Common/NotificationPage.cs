namespace Incidents.Application.Notifications.Common;

/// <param name="TimeZone">IANA zone in which mails show times (beside UTC).</param>
public sealed record NotificationPage(Guid Id, string Slug, string Name, string TimeZone = "UTC");
