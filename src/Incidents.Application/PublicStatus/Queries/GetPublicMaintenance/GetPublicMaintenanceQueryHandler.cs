using Incidents.Application.Common.Exceptions;
using Incidents.Application.Maintenances.Queries;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPublicMaintenance;

public sealed class GetPublicMaintenanceQueryHandler(
    IPublicStatusReader reader,
    IMaintenanceReadRepository maintenances
) : IQueryHandler<GetPublicMaintenanceQuery, PublicMaintenancePageDto>
{
    public const string NotFoundMessage = "Maintenance not found.";

    public async ValueTask<PublicMaintenancePageDto> Handle(
        GetPublicMaintenanceQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await reader.RequireAsync(query.Slug, cancellationToken);
        var maintenance =
            await maintenances.GetAsync(page.Id, query.MaintenanceId, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        var components = await reader.ListComponentsAsync(page.Id, cancellationToken);
        return new PublicMaintenancePageDto(
            page,
            PublicMaintenanceMapper.ToDto(maintenance),
            components.ToDictionary(c => c.Id, c => c.Name)
        );
    }
}
