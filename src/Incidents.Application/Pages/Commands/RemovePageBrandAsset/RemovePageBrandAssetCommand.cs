using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.Pages.Commands.RemovePageBrandAsset;

/// <summary>Removes the page's logo, favicon or custom CSS: the default one is shown again.</summary>
public sealed record RemovePageBrandAssetCommand(string? PageSlug, PageAssetKind Kind)
    : ICommand<PageBrandingDto>;
