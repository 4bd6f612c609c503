using Incidents.Application.Common.Exceptions;
using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPublicBranding;

public sealed class GetPublicBrandingQueryHandler(IPublicBrandingReader reader)
    : IQueryHandler<GetPublicBrandingQuery, PageBranding>
{
    public async ValueTask<PageBranding> Handle(
        GetPublicBrandingQuery query,
        CancellationToken cancellationToken
    ) =>
        await reader.FindBrandingAsync(query.Slug, cancellationToken)
        ?? throw new NotFoundException(PublicPageResolver.NotFoundMessage);
}
