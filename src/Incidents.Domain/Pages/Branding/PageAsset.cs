using System.Security.Cryptography;

namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// The bytes of a logo, favicon or custom stylesheet, one per page and kind. Kept apart from the
/// page's row so that loading a page never loads its images; the page holds a
/// <see cref="BrandAsset"/> that names the current version.
/// </summary>
public sealed class PageAsset
{
    private PageAsset() { }

    public Guid PageId { get; private set; }

    public PageAssetKind Kind { get; private set; }

    public string ContentType { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public string Hash { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static PageAsset Create(
        Guid pageId,
        PageAssetKind kind,
        string contentType,
        byte[] content,
        DateTimeOffset now
    ) =>
        new()
        {
            PageId = pageId,
            Kind = kind,
            ContentType = contentType,
            Content = content,
            Hash = HashOf(content),
            UpdatedAt = now,
        };

    public void Replace(string contentType, byte[] content, DateTimeOffset now)
    {
        ContentType = contentType;
        Content = content;
        Hash = HashOf(content);
        UpdatedAt = now;
    }

    private static string HashOf(byte[] content) =>
        Convert.ToHexStringLower(SHA256.HashData(content), 0, 8);
}
