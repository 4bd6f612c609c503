namespace Incidents.Application.PublicStatus.Common;

public sealed record PublicIncidentUpdateDto(
    Guid Id,
    string Status,
    string Description,
    DateTimeOffset CreatedAt
);
