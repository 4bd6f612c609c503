using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Common;

/// <summary>Loads the caller's maintenance for a command; anything else is "Maintenance ID not found." (400), as for incidents.</summary>
public sealed class MaintenanceLoader(IMaintenanceRepository maintenances, ICurrentCaller caller)
{
    public const string NotFoundMessage = "Maintenance ID not found.";

    public async Task<Maintenance> LoadForChangeAsync(
        Guid maintenanceId,
        CancellationToken cancellationToken
    ) =>
        await maintenances.GetAsync(caller.PageId, maintenanceId, cancellationToken)
        ?? throw new InvalidRequestException(NotFoundMessage);
}
