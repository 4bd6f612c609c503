using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPublicBranding;

/// <summary>The brand of the page at <paramref name="Slug"/>; 404 (NotFoundException) when there is none.</summary>
public sealed record GetPublicBrandingQuery(string Slug) : IQuery<PageBranding>;
