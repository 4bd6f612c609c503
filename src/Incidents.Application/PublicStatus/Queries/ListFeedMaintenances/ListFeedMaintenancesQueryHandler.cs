using Incidents.Application.Maintenances.Queries;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.ListFeedMaintenances;

public sealed class ListFeedMaintenancesQueryHandler(
    IPublicStatusReader reader,
    IMaintenanceReadRepository maintenances
) : IQueryHandler<ListFeedMaintenancesQuery, IReadOnlyList<PublicMaintenanceDto>>
{
    public async ValueTask<IReadOnlyList<PublicMaintenanceDto>> Handle(
        ListFeedMaintenancesQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await reader.RequireAsync(query.Slug, cancellationToken);
        var (items, _) = await maintenances.ListAsync(
            page.Id,
            MaintenanceListFilter.All,
            1,
            query.Count,
            cancellationToken
        );
        return items.Select(PublicMaintenanceMapper.ToDto).ToList();
    }
}
