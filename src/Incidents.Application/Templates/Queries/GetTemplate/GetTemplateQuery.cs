using Mediator;

namespace Incidents.Application.Templates.Queries.GetTemplate;

public sealed record GetTemplateQuery(Guid TemplateId) : IQuery<TemplateDto>;
