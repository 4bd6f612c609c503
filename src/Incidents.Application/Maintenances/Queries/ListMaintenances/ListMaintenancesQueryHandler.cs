using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Maintenances.Queries.ListMaintenances;

public sealed class ListMaintenancesQueryHandler(
    IMaintenanceReadRepository maintenances,
    ICurrentCaller caller
) : IQueryHandler<ListMaintenancesQuery, PagedResult<MaintenanceDto>>
{
    public async ValueTask<PagedResult<MaintenanceDto>> Handle(
        ListMaintenancesQuery query,
        CancellationToken cancellationToken
    )
    {
        // The validator has refused unknown words; what is left parses.
        _ = TryParse(query.Status, out var filter);
        var page = query.Page ?? 1;
        var pageSize = Paging.Size(query.PageSize);
        var (items, total) = await maintenances.ListAsync(
            caller.PageId,
            filter,
            page,
            pageSize,
            cancellationToken
        );
        return new PagedResult<MaintenanceDto>(
            items.Select(MaintenanceMapper.ToDto).ToList(),
            page,
            pageSize,
            total
        );
    }

    private static readonly Dictionary<string, MaintenanceListFilter> Words = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["all"] = MaintenanceListFilter.All,
        ["upcoming"] = MaintenanceListFilter.Upcoming,
        ["active"] = MaintenanceListFilter.Active,
        ["completed"] = MaintenanceListFilter.Completed,
        ["cancelled"] = MaintenanceListFilter.Cancelled,
    };

    /// <summary>The query words (case-insensitive); null or empty is All.</summary>
    public static bool TryParse(string? status, out MaintenanceListFilter filter)
    {
        filter = MaintenanceListFilter.All;
        return string.IsNullOrEmpty(status) || Words.TryGetValue(status, out filter);
    }
}
