using Mediator;

namespace Incidents.Application.Incidents.Commands.WritePostmortem;

/// <summary>Saves the postmortem draft (Markdown) of a resolved incident; the page shows only published ones.</summary>
public sealed record WritePostmortemCommand(Guid? IncidentId, string? Body) : ICommand<Unit>;
