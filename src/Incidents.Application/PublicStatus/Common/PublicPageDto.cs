namespace Incidents.Application.PublicStatus.Common;

public sealed record PublicPageDto(Guid Id, string Slug, string Name, DateTimeOffset CreatedAt);
