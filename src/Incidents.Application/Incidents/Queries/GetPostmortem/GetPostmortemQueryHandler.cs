using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Incidents.Common;
using Mediator;

namespace Incidents.Application.Incidents.Queries.GetPostmortem;

public sealed class GetPostmortemQueryHandler(
    IIncidentReadRepository incidents,
    ICurrentCaller caller
) : IQueryHandler<GetPostmortemQuery, PostmortemDto>
{
    public async ValueTask<PostmortemDto> Handle(
        GetPostmortemQuery query,
        CancellationToken cancellationToken
    )
    {
        var incident =
            await incidents.GetAsync(caller.PageId, query.IncidentId, cancellationToken)
            ?? throw new NotFoundException(IncidentLoader.NotFoundMessage);
        return new PostmortemDto(
            incident.Id,
            incident.PostmortemDraft,
            incident.PostmortemPublished,
            incident.PostmortemPublishedAt
        );
    }
}
