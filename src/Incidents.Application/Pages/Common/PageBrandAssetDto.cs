using Incidents.Domain.Pages.Branding;

namespace Incidents.Application.Pages.Common;

/// <param name="Url">Where the page serves it (relative to the page's origin), with its version.</param>
public sealed record PageBrandAssetDto(string ContentType, string Url, int? Width, int? Height)
{
    /// <summary>The public path of a page's asset; <c>?v=</c> changes with the bytes, so a new upload is a new URL.</summary>
    public static string UrlOf(string slug, PageAssetKind kind, string hash) =>
        $"/status/{Uri.EscapeDataString(slug)}/{PathOf(kind)}?v={hash}";

    public static string PathOf(PageAssetKind kind) =>
        kind switch
        {
            PageAssetKind.Logo => "brand/logo",
            PageAssetKind.Favicon => "brand/favicon",
            _ => "brand.css",
        };
}
