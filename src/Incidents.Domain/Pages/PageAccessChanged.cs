using Incidents.Domain.Common;

namespace Incidents.Domain.Pages;

/// <summary>
/// Who may read the page changed (visibility, password, allowed sign-ins, IP ranges or the feed
/// token): every instance reloads the page's access rules. Carries no secret.
/// </summary>
public sealed record PageAccessChanged(
    Guid PageId,
    PageVisibility Visibility,
    int AccessVersion,
    DateTimeOffset OccurredAt
) : IDomainEvent;
