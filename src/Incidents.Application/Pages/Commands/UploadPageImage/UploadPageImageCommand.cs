using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.Pages.Commands.UploadPageImage;

/// <summary>
/// Stores the page's logo or favicon: PNG, SVG or WebP by its bytes, at most 256 KB, an SVG
/// sanitised or refused (<see cref="BrandImage"/>). The caller's page, or <paramref name="PageSlug"/> (CLI).
/// </summary>
public sealed record UploadPageImageCommand(string? PageSlug, PageAssetKind Kind, byte[]? Content)
    : ICommand<PageBrandingResult>;
