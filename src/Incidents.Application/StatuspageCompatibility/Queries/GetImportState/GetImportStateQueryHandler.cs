using Incidents.Application.Common.Interfaces;
using Incidents.Application.Components.Queries;
using Incidents.Application.Incidents.Queries;
using Mediator;

namespace Incidents.Application.StatuspageCompatibility.Queries.GetImportState;

public sealed class GetImportStateQueryHandler(
    IComponentReadRepository components,
    IIncidentReadRepository incidents,
    ICurrentCaller caller
) : IQueryHandler<GetImportStateQuery, ImportState>
{
    public async ValueTask<ImportState> Handle(
        GetImportStateQuery query,
        CancellationToken cancellationToken
    ) =>
        new(
            caller.PageId,
            await components.ListAsync(caller.PageId, cancellationToken),
            (
                await incidents.ListExternalIdsAsync(caller.PageId, query.Prefix, cancellationToken)
            ).ToHashSet(StringComparer.Ordinal)
        );
}
