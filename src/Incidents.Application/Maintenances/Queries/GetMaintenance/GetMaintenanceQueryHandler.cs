using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Maintenances.Common;
using Mediator;

namespace Incidents.Application.Maintenances.Queries.GetMaintenance;

public sealed class GetMaintenanceQueryHandler(
    IMaintenanceReadRepository maintenances,
    ICurrentCaller caller
) : IQueryHandler<GetMaintenanceQuery, MaintenanceDto>
{
    public async ValueTask<MaintenanceDto> Handle(
        GetMaintenanceQuery query,
        CancellationToken cancellationToken
    )
    {
        var maintenance =
            await maintenances.GetAsync(caller.PageId, query.MaintenanceId, cancellationToken)
            ?? throw new NotFoundException(MaintenanceLoader.NotFoundMessage);
        return MaintenanceMapper.ToDto(maintenance);
    }
}
