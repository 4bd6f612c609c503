using Mediator;

namespace Incidents.Application.Incidents.Commands.BackfillIncident;

/// <summary>
/// Records an incident that happened before it was entered (migrating from another tool, or one
/// handled elsewhere): resolved, never notified, leaving the components' current status alone.
/// </summary>
public sealed record BackfillIncidentCommand(
    string? Title,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<BackfillIncidentUpdate>? Updates
) : ICommand<Guid>;
