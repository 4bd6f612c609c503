using System.Buffers.Binary;
using Incidents.Domain.Common;

namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// An uploaded logo or favicon, recognised by its bytes (never by a file name or a declared type):
/// PNG and WebP by their signatures, SVG by parsing it as XML with an <c>svg</c> root, which is then
/// sanitised (<see cref="SvgSanitizer"/>). The size comes from the image itself.
/// </summary>
public sealed record BrandImage(string ContentType, byte[] Content, int? Width, int? Height)
{
    public const int MaxBytes = 256 * 1024;

    /// <param name="what">"Logo" or "Favicon": the subject of every message.</param>
    public static BrandImage Inspect(string what, byte[]? content)
    {
        if (content is null || content.Length == 0)
        {
            throw new DomainException($"{what} is required (the image's bytes, base64).");
        }

        if (content.Length > MaxBytes)
        {
            throw new DomainException($"{what} must be at most 256 KB.");
        }

        if (IsPng(content))
        {
            return Png(what, content);
        }

        if (
            content.Length >= 16
            && Is(content.AsSpan(0, 4), "RIFF")
            && Is(content.AsSpan(8, 4), "WEBP")
        )
        {
            return WebP(what, content);
        }

        if (SvgSanitizer.LooksLikeXml(content))
        {
            var svg = SvgSanitizer.Sanitize(what, content);
            return new BrandImage("image/svg+xml", svg.Content, svg.Width, svg.Height);
        }

        throw NotAnImage(what);
    }

    private static BrandImage Png(string what, byte[] content)
    {
        // The first chunk is IHDR: width and height, big-endian, right after its type.
        if (content.Length < 24 || !Is(content.AsSpan(12, 4), "IHDR"))
        {
            throw NotAnImage(what);
        }

        return Sized(
            what,
            "image/png",
            content,
            BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(16)),
            BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(20))
        );
    }

    private static BrandImage WebP(string what, byte[] content)
    {
        var chunk = content.AsSpan(12, 4);
        var data = content.AsSpan(20);
        if (Is(chunk, "VP8X") && data.Length >= 10)
        {
            // Extended: 24-bit canvas width-1 and height-1, little-endian.
            return Sized(
                what,
                "image/webp",
                content,
                1u + data[4] + ((uint)data[5] << 8) + ((uint)data[6] << 16),
                1u + data[7] + ((uint)data[8] << 8) + ((uint)data[9] << 16)
            );
        }

        if (Is(chunk, "VP8L") && data.Length >= 5 && data[0] == 0x2F)
        {
            // Lossless: signature byte, then 14-bit width-1 and height-1.
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
            return Sized(
                what,
                "image/webp",
                content,
                (bits & 0x3FFF) + 1,
                ((bits >> 14) & 0x3FFF) + 1
            );
        }

        if (
            Is(chunk, "VP8 ")
            && data.Length >= 10
            && data[3] == 0x9D
            && data[4] == 0x01
            && data[5] == 0x2A
        )
        {
            // Lossy key frame: start code, then 14-bit width and height.
            return Sized(
                what,
                "image/webp",
                content,
                BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFFu,
                BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFFu
            );
        }

        throw NotAnImage(what);
    }

    private static BrandImage Sized(
        string what,
        string contentType,
        byte[] content,
        uint width,
        uint height
    )
    {
        if (width is 0 or > 16384 || height is 0 or > 16384)
        {
            throw new DomainException($"{what} must be between 1 and 16384 pixels wide and high.");
        }

        return new BrandImage(contentType, content, (int)width, (int)height);
    }

    /// <summary>The PNG signature: \x89 "PNG" CR LF SUB LF.</summary>
    private static bool IsPng(byte[] content) =>
        content.Length >= 8
        && content[0] == 0x89
        && Is(content.AsSpan(1, 3), "PNG")
        && content[4] == 0x0D
        && content[5] == 0x0A
        && content[6] == 0x1A
        && content[7] == 0x0A;

    // Compared char by char rather than with u8 literals, whose compiler-generated data the
    // architecture test would count as a dependency outside the BCL.
    private static bool Is(ReadOnlySpan<byte> bytes, string ascii)
    {
        if (bytes.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (bytes[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static DomainException NotAnImage(string what) =>
        new($"{what} must be a PNG, SVG or WebP image.");
}
