using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.Pages;
using Incidents.Api.OpenApi;
using Incidents.Application.Pages.Commands.ChangePageBranding;
using Incidents.Application.Pages.Commands.ChangePageCss;
using Incidents.Application.Pages.Commands.RemovePageBrandAsset;
using Incidents.Application.Pages.Commands.UploadPageImage;
using Incidents.Application.Pages.Common;
using Incidents.Application.Pages.Queries.GetPageBranding;
using Incidents.Domain.Pages.Branding;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>The caller's page's brand: colours, header links, footer, logo, favicon, custom CSS; Admin keys only.</summary>
[ApiController]
[Route("api/admin/Page/Branding")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class PageBrandingController(IMediator mediator) : ControllerBase
{
    public const string ImageRoutePrefix = "/api/admin/Page/Branding/";

    /// <summary>Get the page's brand settings and the URLs of its logo, favicon and custom CSS.</summary>
    [HttpGet]
    public async Task<ApiResponse<PageBrandingDto>> Get(CancellationToken cancellationToken) =>
        ApiResponse<PageBrandingDto>.Ok(
            await mediator.Send(new GetPageBrandingQuery(null), cancellationToken),
            "Branding retrieved successfully"
        );

    /// <summary>Replace the page's colours, header links and footer text.</summary>
    [HttpPut]
    [ErrorResponse(
        400,
        "Colors.Accent #7fb3ff on the light page background #f7f8fa has a contrast of 2.01:1; WCAG AA needs at least 4.5:1.",
        "Colors.Accent must be a colour such as #1a73e8.",
        "A page can have at most 5 header links.",
        "HeaderLinks[0].Url must be an absolute https URL of at most 500 characters."
    )]
    public async Task<ApiResponse<PageBrandingDto>> Update(
        PageBrandingModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PageBrandingDto>.Ok(
            (
                await mediator.Send(
                    new ChangePageBrandingCommand(
                        null,
                        model.Colors,
                        model.DarkColors,
                        model.HeaderLinks,
                        model.FooterText
                    ),
                    cancellationToken
                )
            ).Branding,
            "Branding updated successfully"
        );

    /// <summary>Upload the page's logo (PNG, SVG or WebP, at most 256 KB; an SVG is sanitised or refused).</summary>
    [EndpointName("UploadPageLogo")]
    [HttpPut("Logo")]
    [ErrorResponse(
        400,
        "Logo must be a PNG, SVG or WebP image.",
        "Logo must be at most 256 KB.",
        "Logo SVG must not contain scripts (<script>).",
        "Logo SVG must not contain event handlers (onload=).",
        "Logo SVG must not reference external resources (href=\"https://example.com/x.png\"); only #fragment links are allowed."
    )]
    public Task<ApiResponse<PageBrandingDto>> UploadLogo(
        PageImageModel model,
        CancellationToken cancellationToken
    ) => UploadAsync(PageAssetKind.Logo, model, "Logo uploaded successfully", cancellationToken);

    /// <summary>Remove the page's logo: the page name is shown again.</summary>
    [EndpointName("RemovePageLogo")]
    [HttpDelete("Logo")]
    [ErrorResponse(400, "The page has no logo.")]
    public Task<ApiResponse<PageBrandingDto>> RemoveLogo(CancellationToken cancellationToken) =>
        RemoveAsync(PageAssetKind.Logo, "Logo removed successfully", cancellationToken);

    /// <summary>Upload the page's favicon (PNG, SVG or WebP, at most 256 KB).</summary>
    [EndpointName("UploadPageFavicon")]
    [HttpPut("Favicon")]
    [ErrorResponse(
        400,
        "Favicon must be a PNG, SVG or WebP image.",
        "Favicon must be at most 256 KB."
    )]
    public Task<ApiResponse<PageBrandingDto>> UploadFavicon(
        PageImageModel model,
        CancellationToken cancellationToken
    ) =>
        UploadAsync(
            PageAssetKind.Favicon,
            model,
            "Favicon uploaded successfully",
            cancellationToken
        );

    /// <summary>Remove the page's favicon: the default one is shown again.</summary>
    [EndpointName("RemovePageFavicon")]
    [HttpDelete("Favicon")]
    [ErrorResponse(400, "The page has no favicon.")]
    public Task<ApiResponse<PageBrandingDto>> RemoveFavicon(CancellationToken cancellationToken) =>
        RemoveAsync(PageAssetKind.Favicon, "Favicon removed successfully", cancellationToken);

    /// <summary>Set the page's custom stylesheet (at most 32 KB; no other origins, no script).</summary>
    [EndpointName("UpdatePageCss")]
    [HttpPut("Css")]
    [ErrorResponse(
        400,
        "Css is required.",
        "Custom CSS must be at most 32 KB.",
        "Custom CSS must not @import from other origins (https://example.com/x.css).",
        "Custom CSS must not load url() from other origins (https://example.com/x.png).",
        "Custom CSS must not contain script (expression()."
    )]
    public async Task<ApiResponse<PageBrandingDto>> UpdateCss(
        PageCssModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PageBrandingDto>.Ok(
            (
                await mediator.Send(new ChangePageCssCommand(null, model.Css), cancellationToken)
            ).Branding,
            "Custom CSS updated successfully"
        );

    /// <summary>Remove the page's custom stylesheet.</summary>
    [EndpointName("RemovePageCss")]
    [HttpDelete("Css")]
    [ErrorResponse(400, "The page has no custom CSS.")]
    public Task<ApiResponse<PageBrandingDto>> RemoveCss(CancellationToken cancellationToken) =>
        RemoveAsync(PageAssetKind.Css, "Custom CSS removed successfully", cancellationToken);

    private async Task<ApiResponse<PageBrandingDto>> UploadAsync(
        PageAssetKind kind,
        PageImageModel model,
        string message,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PageBrandingDto>.Ok(
            (
                await mediator.Send(
                    new UploadPageImageCommand(null, kind, model.Content),
                    cancellationToken
                )
            ).Branding,
            message
        );

    private async Task<ApiResponse<PageBrandingDto>> RemoveAsync(
        PageAssetKind kind,
        string message,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PageBrandingDto>.Ok(
            await mediator.Send(new RemovePageBrandAssetCommand(null, kind), cancellationToken),
            message
        );
}
