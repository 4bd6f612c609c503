using Mediator;

namespace Incidents.Application.Incidents.Commands.PublishPostmortem;

/// <param name="IsNotify">Tell subscribers (event incident.postmortem_published); default false.</param>
public sealed record PublishPostmortemCommand(Guid? IncidentId, bool? IsNotify) : ICommand<Unit>;
