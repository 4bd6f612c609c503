using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetIncidentHistoryByMonth;

/// <summary>The incidents opened in one UTC month (default: the current one).</summary>
public sealed record GetIncidentHistoryByMonthQuery(string Slug, int? Year, int? Month)
    : IQuery<IncidentHistoryMonthDto>;
