namespace Incidents.Application.PublicStatus.Common;

/// <param name="TimeZone">IANA zone the page writes maintenance windows in (besides the viewer's own).</param>
/// <param name="DefaultLanguage">The language of the page's text for visitors who ask for none it has, and of untranslated incident text.</param>
/// <param name="Hostname">The page's first hostname (its public address), or null when it has none.</param>
public sealed record PublicPageDto(
    Guid Id,
    string Slug,
    string Name,
    DateTimeOffset CreatedAt,
    string TimeZone,
    string? Hostname = null,
    string DefaultLanguage = "en"
);
