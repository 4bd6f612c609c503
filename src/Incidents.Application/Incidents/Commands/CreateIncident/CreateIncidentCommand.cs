using Mediator;

namespace Incidents.Application.Incidents.Commands.CreateIncident;

/// <summary>The seed's IncidentCreateModel, plus an optional ExternalId for deduplicating automation.</summary>
public sealed record CreateIncidentCommand(
    string? Title,
    string? Description,
    string? Status,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify,
    string? ExternalId = null
) : ICommand<CreateIncidentResult>;
