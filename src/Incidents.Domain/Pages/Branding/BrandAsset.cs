namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// What the page knows of a stored asset (logo, favicon, custom CSS): its type, a hash of its bytes
/// (the version in its URL), and for images the intrinsic size, so the page reserves the space.
/// </summary>
public sealed record BrandAsset(
    string ContentType,
    string Hash,
    int? Width = null,
    int? Height = null
);
