using Mediator;

namespace Incidents.Application.Incidents.Commands.DeleteIncident;

/// <summary>Deletes an incident: gone from the page, its feeds, JSON and uptime; audit and deliveries stay.</summary>
public sealed record DeleteIncidentCommand(Guid? IncidentId) : ICommand<DeleteIncidentResult>;
