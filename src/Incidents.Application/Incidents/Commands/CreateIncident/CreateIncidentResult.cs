using Incidents.Application.Audit.Common;

namespace Incidents.Application.Incidents.Commands.CreateIncident;

/// <param name="IncidentId">The new incident, or the open one that already has the ExternalId.</param>
/// <param name="Created">False when an open incident with the same ExternalId was returned instead.</param>
public sealed record CreateIncidentResult(Guid IncidentId, bool Created) : IMayChangeNothing
{
    bool IMayChangeNothing.ChangedNothing => !Created;
}
