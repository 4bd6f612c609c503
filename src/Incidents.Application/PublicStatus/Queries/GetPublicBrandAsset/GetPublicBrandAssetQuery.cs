using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPublicBrandAsset;

/// <summary>The bytes of a page's logo, favicon or custom CSS; 404 when the page has none.</summary>
public sealed record GetPublicBrandAssetQuery(string Slug, PageAssetKind Kind)
    : IQuery<PublicBrandAsset>;
