using Incidents.Application.Common.Exceptions;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPublicBrandAsset;

public sealed class GetPublicBrandAssetQueryHandler(IPublicBrandingReader reader)
    : IQueryHandler<GetPublicBrandAssetQuery, PublicBrandAsset>
{
    public async ValueTask<PublicBrandAsset> Handle(
        GetPublicBrandAssetQuery query,
        CancellationToken cancellationToken
    ) =>
        await reader.FindAssetAsync(query.Slug, query.Kind, cancellationToken)
        ?? throw new NotFoundException("Not found.");
}
