using Incidents.Application.Audit.Common;

namespace Incidents.Application.Incidents.Commands.ClearAlertedIncident;

/// <param name="IncidentId">The open incident found, if any.</param>
public sealed record ClearAlertedIncidentResult(Guid? IncidentId, ClearAlertsOutcome Outcome)
    : IMayChangeNothing
{
    bool IMayChangeNothing.ChangedNothing =>
        Outcome is ClearAlertsOutcome.NoOpenIncident or ClearAlertsOutcome.Unchanged;
}
