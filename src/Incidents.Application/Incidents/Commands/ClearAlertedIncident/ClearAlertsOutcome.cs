namespace Incidents.Application.Incidents.Commands.ClearAlertedIncident;

public enum ClearAlertsOutcome
{
    /// <summary>No open incident has this ExternalId (already resolved, or never opened).</summary>
    NoOpenIncident,

    Resolved,

    /// <summary>Someone else is in charge (or alerts were truncated): an update says the alerts cleared.</summary>
    LeftOpen,

    /// <summary>The alerts-cleared update is already the latest one (a repeated message).</summary>
    Unchanged,
}
