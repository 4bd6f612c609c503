using Incidents.Application.Pages.Common;
using Mediator;

namespace Incidents.Application.Pages.Queries.GetPageBranding;

/// <summary>The page's brand settings and assets (page as in ChangePageBrandingCommand).</summary>
public sealed record GetPageBrandingQuery(string? PageSlug) : IQuery<PageBrandingDto>;
