using Mediator;

namespace Incidents.Application.Incidents.Commands.ClearAlertedIncident;

/// <summary>
/// The alerts behind the open incident with this ExternalId report resolved.
/// <paramref name="Complete"/> is false when the sender left some alerts out (truncated).
/// </summary>
public sealed record ClearAlertedIncidentCommand(string ExternalId, bool Complete)
    : ICommand<ClearAlertedIncidentResult>;
