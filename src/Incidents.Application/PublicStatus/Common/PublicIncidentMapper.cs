using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;

namespace Incidents.Application.PublicStatus.Common;

public static class PublicIncidentMapper
{
    /// <summary>The timeline newest first, as status pages show it.</summary>
    public static PublicIncidentDto ToDto(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new PublicIncidentDto(
            incident.Id,
            incident.Title,
            Vocabulary<IncidentStatus>.Display(incident.Status),
            Vocabulary<IncidentImpact>.Display(incident.Impact),
            incident.AffectedComponentIds,
            incident.CreatedAt,
            incident.UpdatedAt,
            incident.ResolvedAt,
            incident
                .Updates.OrderByDescending(u => u.CreatedAt)
                .ThenByDescending(u => u.Id)
                .Select(u => new PublicIncidentUpdateDto(
                    u.Id,
                    Vocabulary<IncidentStatus>.Display(u.Status),
                    u.Description,
                    u.CreatedAt
                ))
                .ToList()
        );
    }
}
