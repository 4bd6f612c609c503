namespace Incidents.Application.PublicStatus.Common;

/// <param name="TimeZone">IANA zone the page writes maintenance windows in (besides the viewer's own).</param>
public sealed record PublicPageDto(
    Guid Id,
    string Slug,
    string Name,
    DateTimeOffset CreatedAt,
    string TimeZone
);
