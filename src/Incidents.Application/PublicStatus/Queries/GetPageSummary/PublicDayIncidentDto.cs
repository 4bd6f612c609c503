namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

public sealed record PublicDayIncidentDto(Guid Id, string Title);
