using Incidents.Domain.Common;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Domain.Pages;

/// <summary>The page's brand (issue 15): its rules live in <see cref="PageBranding"/>; here, the verbs.</summary>
public sealed partial class StatusPage
{
    /// <summary>The page's look; <see cref="PageBranding.None"/> keeps the default one.</summary>
    public PageBranding Branding { get; private set; } = PageBranding.None;

    /// <summary>
    /// Replaces colours, header links and footer (all checked, see <see cref="PageBranding.Settings"/>);
    /// false, and no event, when they are what the page already has.
    /// </summary>
    public bool ChangeBranding(
        BrandColors? colors,
        BrandColors? darkColors,
        IReadOnlyList<HeaderLink>? headerLinks,
        string? footerText,
        DateTimeOffset now
    )
    {
        var next = PageBranding.Settings(Branding, colors, darkColors, headerLinks, footerText);
        if (next == Branding)
        {
            return false;
        }

        Branding = next;
        Raise(new PageBrandingChanged(Id, "Settings", now));
        return true;
    }

    /// <summary>Records a newly stored logo, favicon or stylesheet; false when it is the same bytes.</summary>
    public bool SetBrandAsset(PageAssetKind kind, BrandAsset asset, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (asset == Branding.Asset(kind))
        {
            return false;
        }

        Branding = Branding.WithAsset(kind, asset);
        Raise(new PageBrandingChanged(Id, kind.ToString(), now));
        return true;
    }

    public void RemoveBrandAsset(PageAssetKind kind, DateTimeOffset now)
    {
        if (Branding.Asset(kind) is null)
        {
            throw new DomainException($"The page has no {AssetNoun(kind)}.");
        }

        Branding = Branding.WithAsset(kind, null);
        Raise(new PageBrandingChanged(Id, kind.ToString(), now));
    }

    public static string AssetNoun(PageAssetKind kind) =>
        kind switch
        {
            PageAssetKind.Logo => "logo",
            PageAssetKind.Favicon => "favicon",
            _ => "custom CSS",
        };
}
