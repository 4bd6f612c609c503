using Incidents.Application.Common.Exceptions;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetIncidentHistoryByMonth;

public sealed class GetIncidentHistoryByMonthQueryHandler(
    IPublicStatusReader reader,
    TimeProvider time
) : IQueryHandler<GetIncidentHistoryByMonthQuery, IncidentHistoryMonthDto>
{
    public async ValueTask<IncidentHistoryMonthDto> Handle(
        GetIncidentHistoryByMonthQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await reader.RequireAsync(query.Slug, cancellationToken);
        var now = time.GetUtcNow();
        var current = new DateOnly(now.Year, now.Month, 1);
        var month = current;
        if (query.Year is { } year && query.Month is { } m)
        {
            if (year is < 2000 or > 9999 || m is < 1 or > 12)
            {
                throw new NotFoundException("No such month.");
            }

            month = new DateOnly(year, m, 1);
        }

        var first = new DateOnly(page.CreatedAt.Year, page.CreatedAt.Month, 1);
        var from = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var incidents = await reader.ListIncidentsAsync(
            page.Id,
            from,
            from.AddMonths(1),
            includeUnresolved: false,
            withUpdates: true,
            cancellationToken
        );
        var maintenances = await reader.ListCompletedMaintenancesAsync(
            page.Id,
            from,
            from.AddMonths(1),
            cancellationToken
        );
        var components =
            maintenances.Count > 0
                ? await reader.ListComponentsAsync(page.Id, cancellationToken)
                : [];
        return new IncidentHistoryMonthDto(
            page,
            month,
            month > first ? month.AddMonths(-1) : null,
            month < current ? month.AddMonths(1) : null,
            incidents.Select(PublicIncidentMapper.ToDto).ToList(),
            maintenances.Select(PublicMaintenanceMapper.ToDto).ToList(),
            components.ToDictionary(c => c.Id, c => c.Name)
        );
    }
}
