using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageBranding;

/// <summary>
/// Replaces the page's colours (light and dark), header links and footer text; null or absent
/// keeps the default look for that part. The caller's page, or <paramref name="PageSlug"/> (CLI).
/// </summary>
public sealed record ChangePageBrandingCommand(
    string? PageSlug,
    BrandColors? Colors,
    BrandColors? DarkColors,
    IReadOnlyList<HeaderLink>? HeaderLinks,
    string? FooterText
) : ICommand<PageBrandingResult>;
