namespace Incidents.Application.Maintenances.Queries;

/// <summary>Which maintenances a list shows: Upcoming = Scheduled, Active = In Progress or Verifying.</summary>
public enum MaintenanceListFilter
{
    All,
    Upcoming,
    Active,
    Completed,
    Cancelled,
}
