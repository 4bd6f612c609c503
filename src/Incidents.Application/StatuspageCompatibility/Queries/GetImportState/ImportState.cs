using Incidents.Domain.Components;

namespace Incidents.Application.StatuspageCompatibility.Queries.GetImportState;

public sealed record ImportState(
    Guid PageId,
    IReadOnlyList<Component> Components,
    IReadOnlySet<string> IncidentExternalIds
);
