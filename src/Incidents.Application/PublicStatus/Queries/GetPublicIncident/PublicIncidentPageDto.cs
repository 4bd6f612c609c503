using Incidents.Application.PublicStatus.Common;

namespace Incidents.Application.PublicStatus.Queries.GetPublicIncident;

public sealed record PublicIncidentPageDto(PublicPageDto Page, PublicIncidentDto Incident);
