using Mediator;

namespace Incidents.Application.Incidents.Commands.RevertPostmortem;

/// <summary>Takes the published postmortem off the page; the draft stays for editing.</summary>
public sealed record RevertPostmortemCommand(Guid? IncidentId) : ICommand<Unit>;
