namespace Incidents.Api.PublicStatus.Models;

public sealed record PublicPageInfo(
    Guid Id,
    string Slug,
    string Name,
    string Url,
    DateTimeOffset GeneratedAt
);
