using Incidents.Domain.Common;

namespace Incidents.Domain.Pages;

/// <summary>The page's default language changed: its cached pages and answers change with it.</summary>
public sealed record PageLanguageChanged(
    Guid PageId,
    string DefaultLanguage,
    DateTimeOffset OccurredAt
) : IDomainEvent;
