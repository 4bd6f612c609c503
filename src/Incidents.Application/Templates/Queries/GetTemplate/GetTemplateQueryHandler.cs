using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Templates.Common;
using Mediator;

namespace Incidents.Application.Templates.Queries.GetTemplate;

public sealed class GetTemplateQueryHandler(
    ITemplateReadRepository templates,
    ICurrentCaller caller
) : IQueryHandler<GetTemplateQuery, TemplateDto>
{
    public async ValueTask<TemplateDto> Handle(
        GetTemplateQuery query,
        CancellationToken cancellationToken
    ) =>
        TemplateMapper.ToDto(
            await templates.GetAsync(caller.PageId, query.TemplateId, cancellationToken)
                ?? throw new NotFoundException(TemplateLoader.NotFoundMessage(query.TemplateId))
        );
}
