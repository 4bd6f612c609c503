namespace Incidents.Application.Notifications.Common;

/// <param name="TimeZone">IANA zone in which mails show times (beside UTC).</param>
/// <param name="DefaultLanguage">The language of the page's own text and of new subscribers who choose none.</param>
public sealed record NotificationPage(
    Guid Id,
    string Slug,
    string Name,
    string TimeZone = "UTC",
    string DefaultLanguage = "en"
);
