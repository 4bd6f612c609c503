namespace Incidents.Domain.Incidents;

public enum IncidentStatus
{
    Investigating = 0,
    Identified = 1,
    Monitoring = 2,
    Resolved = 3,
}
