namespace Incidents.Api.Models.Pages;

/// <summary>An image upload: its bytes, base64. The type is read from the bytes (PNG, SVG or WebP), never declared.</summary>
public sealed class PageImageModel
{
    /// <summary>The image, base64-encoded, at most 256 KB decoded.</summary>
    public byte[]? Content { get; set; }
}
