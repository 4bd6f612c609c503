using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Templates;
using Mediator;

namespace Incidents.Application.Templates.Queries.ListTemplates;

public sealed class ListTemplatesQueryHandler(
    ITemplateReadRepository templates,
    ICurrentCaller caller
) : IQueryHandler<ListTemplatesQuery, IReadOnlyList<TemplateDto>>
{
    public async ValueTask<IReadOnlyList<TemplateDto>> Handle(
        ListTemplatesQuery query,
        CancellationToken cancellationToken
    ) =>
        (
            await templates.ListAsync(
                caller.PageId,
                Vocabulary<TemplateKind>.ParseOptional(query.Kind),
                string.IsNullOrWhiteSpace(query.Group) ? null : query.Group.Trim(),
                cancellationToken
            )
        )
            .Select(TemplateMapper.ToDto)
            .ToList();
}
