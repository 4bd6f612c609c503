using Incidents.Application.Common.Models;
using Incidents.Application.Maintenances.Queries;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.ListPublicMaintenances;

public sealed class ListPublicMaintenancesQueryHandler(
    IPublicStatusReader reader,
    IMaintenanceReadRepository maintenances
) : IQueryHandler<ListPublicMaintenancesQuery, PagedResult<PublicMaintenanceDto>>
{
    public async ValueTask<PagedResult<PublicMaintenanceDto>> Handle(
        ListPublicMaintenancesQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await reader.RequireAsync(query.Slug, cancellationToken);
        // The validator has refused unknown words; what is left parses.
        _ = TryParse(query.Status, out var filter);
        var number = query.Page ?? 1;
        var size = Paging.Size(null);
        var (items, total) = await maintenances.ListAsync(
            page.Id,
            filter,
            number,
            size,
            cancellationToken
        );
        return new PagedResult<PublicMaintenanceDto>(
            items.Select(PublicMaintenanceMapper.ToDto).ToList(),
            number,
            size,
            total
        );
    }

    private static readonly Dictionary<string, MaintenanceListFilter> Words = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["upcoming"] = MaintenanceListFilter.Upcoming,
        ["active"] = MaintenanceListFilter.Active,
        ["completed"] = MaintenanceListFilter.Completed,
    };

    /// <summary>
    /// The public words (case-insensitive); without one, upcoming. Cancelled and "all" stay admin
    /// words: a cancelled maintenance is no news on a status page.
    /// </summary>
    public static bool TryParse(string? status, out MaintenanceListFilter filter)
    {
        filter = MaintenanceListFilter.Upcoming;
        return string.IsNullOrEmpty(status) || Words.TryGetValue(status, out filter);
    }
}
