using System.Text;
using Incidents.Api.PublicStatus.Caching;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.PublicStatus.Queries.GetPublicBrandAsset;
using Incidents.Application.PublicStatus.Queries.GetPublicBranding;
using Incidents.Domain.Pages.Branding;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.PublicStatus.Branding;

/// <summary>
/// A page's logo, favicon and brand stylesheet. Public answers like the page's others: stored in
/// the per-page snapshot (strong ETag, 304, compressed once) and evicted by the page's
/// PageBrandingChanged; under /status/{slug}, so a page's own hostname serves them too.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[PublicCache]
public sealed class PageBrandAssetController(IMediator mediator) : Controller
{
    [HttpGet("/status/{slug}/brand/logo")]
    public Task<IActionResult> Logo(string slug, CancellationToken cancellationToken) =>
        ImageAsync(slug, PageAssetKind.Logo, cancellationToken);

    [HttpGet("/status/{slug}/brand/favicon")]
    public Task<IActionResult> Favicon(string slug, CancellationToken cancellationToken) =>
        ImageAsync(slug, PageAssetKind.Favicon, cancellationToken);

    [HttpGet("/status/{slug}/brand.css")]
    public async Task<IActionResult> Stylesheet(string slug, CancellationToken cancellationToken)
    {
        try
        {
            var branding = await mediator.Send(new GetPublicBrandingQuery(slug), cancellationToken);
            string? custom = null;
            if (branding.Css is not null)
            {
                var asset = await mediator.Send(
                    new GetPublicBrandAssetQuery(slug, PageAssetKind.Css),
                    cancellationToken
                );
                custom = Encoding.UTF8.GetString(asset.Content);
            }

            return Content(BrandStylesheet.Write(branding, custom), "text/css; charset=utf-8");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> ImageAsync(
        string slug,
        PageAssetKind kind,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var asset = await mediator.Send(
                new GetPublicBrandAssetQuery(slug, kind),
                cancellationToken
            );
            return File(asset.Content, asset.ContentType);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
