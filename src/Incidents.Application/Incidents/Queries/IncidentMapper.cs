using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;
using Riok.Mapperly.Abstractions;

namespace Incidents.Application.Incidents.Queries;

[Mapper]
public static partial class IncidentMapper
{
    public static IncidentDto ToDto(Incident incident) =>
        MapIncident(incident) with
        {
            Updates = incident
                .Updates.OrderByDescending(u => u.CreatedAt)
                .ThenByDescending(u => u.Id)
                .Select(MapUpdate)
                .ToList(),
        };

    [MapProperty(nameof(Incident.AffectedComponentIds), nameof(IncidentDto.AffectedComponents))]
    [MapProperty(nameof(Incident.Notify), nameof(IncidentDto.IsNotify))]
    [MapperIgnoreTarget(nameof(IncidentDto.Updates))]
    [MapperIgnoreSource(nameof(Incident.PageId))]
    [MapperIgnoreSource(nameof(Incident.Version))]
    [MapperIgnoreSource(nameof(Incident.IsResolved))]
    [MapperIgnoreSource(nameof(Incident.DomainEvents))]
    [MapperIgnoreSource(nameof(Incident.Updates))]
    [MapperIgnoreSource(nameof(Incident.IsDeleted))]
    [MapperIgnoreSource(nameof(Incident.PostmortemDraft))]
    [MapperIgnoreSource(nameof(Incident.PostmortemPublished))]
    private static partial IncidentDto MapIncident(Incident incident);

    [MapProperty(nameof(IncidentUpdate.Notify), nameof(IncidentUpdateDto.IsNotify))]
    [MapperIgnoreSource(nameof(IncidentUpdate.IncidentId))]
    [MapperIgnoreSource(nameof(IncidentUpdate.ShownAt))]
    public static partial IncidentUpdateDto MapUpdate(IncidentUpdate update);

    private static string StatusToString(IncidentStatus status) =>
        Vocabulary<IncidentStatus>.Display(status);

    private static string ImpactToString(IncidentImpact impact) =>
        Vocabulary<IncidentImpact>.Display(impact);
}
