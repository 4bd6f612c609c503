using Mediator;

namespace Incidents.Application.Maintenances.Commands.EndMaintenanceSeries;

/// <summary>Ends the series that <paramref name="MaintenanceId"/> is an occurrence of: its scheduled occurrences are cancelled, no new ones are made.</summary>
public sealed record EndMaintenanceSeriesCommand(Guid MaintenanceId) : ICommand<Unit>;
