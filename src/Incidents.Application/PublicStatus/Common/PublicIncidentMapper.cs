using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;

namespace Incidents.Application.PublicStatus.Common;

public static class PublicIncidentMapper
{
    /// <summary>The status shown once a postmortem is published, as Statuspage does.</summary>
    public const string PostmortemStatus = "Postmortem";

    /// <summary>The timeline newest first, as status pages show it.</summary>
    public static PublicIncidentDto ToDto(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new PublicIncidentDto(
            incident.Id,
            incident.Title,
            incident.PostmortemPublished is null
                ? Vocabulary<IncidentStatus>.Display(incident.Status)
                : PostmortemStatus,
            Vocabulary<IncidentImpact>.Display(incident.Impact),
            incident.AffectedComponentIds,
            incident.CreatedAt,
            incident.UpdatedAt,
            incident.ResolvedAt,
            incident
                .Updates.OrderByDescending(u => u.ShownAt)
                .ThenByDescending(u => u.Id)
                .Select(u => new PublicIncidentUpdateDto(
                    u.Id,
                    Vocabulary<IncidentStatus>.Display(u.Status),
                    u.Description,
                    u.ShownAt,
                    u.EditedAt,
                    u.Translations
                ))
                .ToList(),
            incident.PostmortemPublished,
            incident.PostmortemPublishedAt,
            incident.TitleTranslations
        );
    }
}
