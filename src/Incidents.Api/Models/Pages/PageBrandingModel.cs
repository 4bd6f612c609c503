using Incidents.Domain.Pages.Branding;

namespace Incidents.Api.Models.Pages;

/// <summary>The page's colours, header links and footer; what is absent or null keeps the default look.</summary>
public sealed class PageBrandingModel
{
    /// <summary>Light-scheme colours (#rrggbb), each at WCAG AA contrast (4.5:1) on the light page and card backgrounds.</summary>
    public BrandColors? Colors { get; set; }

    /// <summary>Dark-scheme colours, each at 4.5:1 on the dark page and card backgrounds.</summary>
    public BrandColors? DarkColors { get; set; }

    /// <summary>At most 5 links shown in the header: a name and an absolute https URL.</summary>
    public IReadOnlyList<HeaderLink>? HeaderLinks { get; set; }

    /// <summary>Markdown shown in the footer (the safe subset of incident updates), at most 2000 characters.</summary>
    public string? FooterText { get; set; }
}
