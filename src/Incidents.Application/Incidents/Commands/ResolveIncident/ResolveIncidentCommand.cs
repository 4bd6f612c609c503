using Mediator;

namespace Incidents.Application.Incidents.Commands.ResolveIncident;

/// <param name="Description">Defaults to "This incident has been resolved.".</param>
/// <param name="IsNotify">Defaults to the notify choice made when the incident was opened.</param>
public sealed record ResolveIncidentCommand(
    Guid? IncidentId,
    string? Description = null,
    bool? IsNotify = null
) : ICommand<Unit>;
