using Mediator;

namespace Incidents.Application.Incidents.Commands.CorrectIncidentUpdate;

/// <summary>Corrects the text (and optionally the shown time) of one update; never notifies.</summary>
public sealed record CorrectIncidentUpdateCommand(
    Guid? IncidentId,
    Guid? UpdateId,
    string? Description,
    DateTimeOffset? DisplayAt = null
) : ICommand<CorrectIncidentUpdateResult>;
