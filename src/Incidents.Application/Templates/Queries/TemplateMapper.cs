using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;

namespace Incidents.Application.Templates.Queries;

public static class TemplateMapper
{
    public static TemplateDto ToDto(Template template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new TemplateDto
        {
            Id = template.Id,
            Name = template.Name,
            Group = template.Group,
            Kind = Vocabulary<TemplateKind>.Display(template.Kind),
            Title = template.Title,
            Description = template.Description,
            Status = template.Status is { } status
                ? Vocabulary<IncidentStatus>.Display(status)
                : null,
            Impact = template.Impact is { } impact
                ? Vocabulary<IncidentImpact>.Display(impact)
                : null,
            AffectedComponents = template.AffectedComponentIds,
            IsNotify = template.Notify,
            CreatedAt = template.CreatedAt,
            UpdatedAt = template.UpdatedAt,
        };
    }
}
