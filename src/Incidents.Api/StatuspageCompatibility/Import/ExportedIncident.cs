namespace Incidents.Api.StatuspageCompatibility.Import;

public sealed record ExportedIncident(
    string Id,
    string Name,
    string Status,
    string? Impact,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? UpdatedAt,
    bool IsMaintenance,
    List<ExportedUpdate> Updates,
    List<string> ComponentIds
);
