using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Maintenances.Common;
using Incidents.Domain.Maintenances;
using Mediator;

namespace Incidents.Application.Maintenances.Commands.EndMaintenanceSeries;

/// <summary>The id is in the path, so an unknown one is 404 (as for every path id), not the body's 400.</summary>
public sealed class EndMaintenanceSeriesCommandHandler(
    IMaintenanceSeriesRepository series,
    IMaintenanceRepository maintenances,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<EndMaintenanceSeriesCommand, Unit>
{
    public const string NotRecurringMessage = "Maintenance is not part of a series.";
    public const string SeriesEndedDescription = "This recurring maintenance has ended.";

    public async ValueTask<Unit> Handle(
        EndMaintenanceSeriesCommand command,
        CancellationToken cancellationToken
    )
    {
        var maintenance =
            await maintenances.GetAsync(caller.PageId, command.MaintenanceId, cancellationToken)
            ?? throw new NotFoundException(MaintenanceLoader.NotFoundMessage);
        var owner = maintenance.SeriesId is { } seriesId
            ? await series.GetAsync(caller.PageId, seriesId, cancellationToken)
            : null;
        if (owner is null)
        {
            throw new InvalidRequestException(NotRecurringMessage);
        }

        var now = timeProvider.GetUtcNow();
        owner.End(now);
        foreach (
            var upcoming in await maintenances.ListScheduledInSeriesAsync(
                caller.PageId,
                owner.Id,
                cancellationToken
            )
        )
        {
            upcoming.Cancel(SeriesEndedDescription, null, now);
        }

        return Unit.Value;
    }
}
