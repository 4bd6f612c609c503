using Mediator;

namespace Incidents.Application.Templates.Queries.ListTemplates;

/// <param name="Kind">Incident or Maintenance; all when null.</param>
/// <param name="Group">Only this group (case-insensitive); all when null.</param>
public sealed record ListTemplatesQuery(string? Kind, string? Group)
    : IQuery<IReadOnlyList<TemplateDto>>;
