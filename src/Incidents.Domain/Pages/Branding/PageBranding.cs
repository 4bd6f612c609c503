using Incidents.Domain.Common;

namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// The page's own look: colours per scheme, header links, a Markdown footer, and which logo,
/// favicon and custom stylesheet are stored. <see cref="None"/> is the default look, unchanged.
/// Replaced whole on every change (a value), so "nothing changed" is an equality test.
/// </summary>
public sealed record PageBranding(
    BrandColors? Colors = null,
    BrandColors? DarkColors = null,
    IReadOnlyList<HeaderLink>? HeaderLinks = null,
    string? FooterText = null,
    BrandAsset? Logo = null,
    BrandAsset? Favicon = null,
    BrandAsset? Css = null
)
{
    public const int MaxHeaderLinks = 5;
    public const int HeaderLinkNameMaxLength = 40;
    public const int HeaderLinkUrlMaxLength = 500;
    public const int FooterTextMaxLength = 2000;

    public static readonly PageBranding None = new();

    public IReadOnlyList<HeaderLink> Links => HeaderLinks ?? [];

    public bool Equals(PageBranding? other) =>
        other is not null
        && Equals(Colors, other.Colors)
        && Equals(DarkColors, other.DarkColors)
        && Links.SequenceEqual(other.Links)
        && FooterText == other.FooterText
        && Equals(Logo, other.Logo)
        && Equals(Favicon, other.Favicon)
        && Equals(Css, other.Css);

    public override int GetHashCode() => HashCode.Combine(Colors, DarkColors, FooterText, Logo);

    public BrandAsset? Asset(PageAssetKind kind) =>
        kind switch
        {
            PageAssetKind.Logo => Logo,
            PageAssetKind.Favicon => Favicon,
            _ => Css,
        };

    public PageBranding WithAsset(PageAssetKind kind, BrandAsset? asset) =>
        kind switch
        {
            PageAssetKind.Logo => this with { Logo = asset },
            PageAssetKind.Favicon => this with { Favicon = asset },
            _ => this with { Css = asset },
        };

    /// <summary>
    /// The settings part, checked: colours normalised and each one at WCAG AA contrast (4.5:1)
    /// against every background of its scheme; header links named, https, at most five; the
    /// footer's length. Stored assets are kept from <paramref name="current"/>.
    /// </summary>
    public static PageBranding Settings(
        PageBranding current,
        BrandColors? colors,
        BrandColors? darkColors,
        IReadOnlyList<HeaderLink>? headerLinks,
        string? footerText
    ) =>
        current with
        {
            Colors = CheckedColors("Colors", colors, PagePalette.Light),
            DarkColors = CheckedColors("DarkColors", darkColors, PagePalette.Dark),
            HeaderLinks = CheckedLinks(headerLinks),
            FooterText = CheckedFooter(footerText),
        };

    private static BrandColors? CheckedColors(
        string field,
        BrandColors? colors,
        IReadOnlyList<(string Name, string Colour)> backgrounds
    )
    {
        if (colors is null || colors.IsEmpty)
        {
            return null;
        }

        string? Check(string name, string? value)
        {
            if (value is null)
            {
                return null;
            }

            if (!BrandColor.TryNormalize(value, out var colour))
            {
                throw new DomainException($"{field}.{name} must be a colour such as #1a73e8.");
            }

            foreach (var (background, backgroundColour) in backgrounds)
            {
                var ratio = BrandColor.Contrast(colour, backgroundColour);
                if (ratio < BrandColor.MinimumContrast)
                {
                    throw new DomainException(
                        $"{field}.{name} {colour} on the {background} {backgroundColour} has a contrast of {BrandColor.Format(ratio)}; WCAG AA needs at least 4.5:1."
                    );
                }
            }

            return colour;
        }

        return new BrandColors(
            Check(nameof(BrandColors.Accent), colors.Accent),
            Check(nameof(BrandColors.Operational), colors.Operational),
            Check(nameof(BrandColors.DegradedPerformance), colors.DegradedPerformance),
            Check(nameof(BrandColors.PartialOutage), colors.PartialOutage),
            Check(nameof(BrandColors.MajorOutage), colors.MajorOutage),
            Check(nameof(BrandColors.UnderMaintenance), colors.UnderMaintenance)
        );
    }

    private static List<HeaderLink>? CheckedLinks(IReadOnlyList<HeaderLink>? links)
    {
        if (links is null || links.Count == 0)
        {
            return null;
        }

        if (links.Count > MaxHeaderLinks)
        {
            throw new DomainException($"A page can have at most {MaxHeaderLinks} header links.");
        }

        var checkedLinks = new List<HeaderLink>(links.Count);
        for (var i = 0; i < links.Count; i++)
        {
            var name = links[i].Name?.Trim();
            var url = links[i].Url?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > HeaderLinkNameMaxLength)
            {
                throw new DomainException(
                    $"HeaderLinks[{i}].Name must be 1-{HeaderLinkNameMaxLength} characters."
                );
            }

            if (
                string.IsNullOrEmpty(url)
                || url.Length > HeaderLinkUrlMaxLength
                || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || uri.Scheme != Uri.UriSchemeHttps
                || string.IsNullOrEmpty(uri.Host)
                || !string.IsNullOrEmpty(uri.UserInfo)
            )
            {
                throw new DomainException(
                    $"HeaderLinks[{i}].Url must be an absolute https URL of at most {HeaderLinkUrlMaxLength} characters."
                );
            }

            checkedLinks.Add(new HeaderLink(name, uri.AbsoluteUri));
        }

        return checkedLinks;
    }

    private static string? CheckedFooter(string? footer)
    {
        if (string.IsNullOrWhiteSpace(footer))
        {
            return null;
        }

        if (footer.Length > FooterTextMaxLength)
        {
            throw new DomainException(
                $"FooterText must be at most {FooterTextMaxLength} characters."
            );
        }

        return footer.Trim();
    }
}
