using Mediator;

namespace Incidents.Application.Incidents.Commands.BackfillIncident;

/// <summary>
/// Records an incident that happened before it was entered (migrating from another tool, or one
/// handled elsewhere): resolved, never notified, leaving the components' current status alone.
/// </summary>
/// <param name="ExternalId">Its id in the system it is imported from (the importer sets it, so a repeated import finds it).</param>
public sealed record BackfillIncidentCommand(
    string? Title,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<BackfillIncidentUpdate?>? Updates,
    string? ExternalId = null
) : ICommand<Guid>;
