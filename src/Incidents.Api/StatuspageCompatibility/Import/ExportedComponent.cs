namespace Incidents.Api.StatuspageCompatibility.Import;

public sealed record ExportedComponent(
    string Id,
    string Name,
    string? Description,
    string? GroupId,
    bool IsGroup
);
