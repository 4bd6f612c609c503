namespace Incidents.Api.StatuspageCompatibility.V2;

public sealed record V2AffectedComponent(
    string Code,
    string Name,
    string OldStatus,
    string NewStatus
);
