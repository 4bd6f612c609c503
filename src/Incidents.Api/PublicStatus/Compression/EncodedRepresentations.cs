using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Incidents.Api.PublicStatus.Compression;

/// <summary>
/// An answer in identity, Brotli and gzip form, compressed once when it is stored (a snapshot
/// entry, a static file) rather than on every request: under an outage everyone loads the page, and
/// each of them then costs a copy of bytes, not a compression. Each form has its own ETag (RFC 9110
/// §8.8.3: an ETag names one representation).
/// </summary>
public sealed class EncodedRepresentations
{
    /// <summary>Below this, the headers outweigh the saving.</summary>
    public const int MinimumCompressibleBytes = 256;

    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;

    private EncodedRepresentations(EncodedBody identity, EncodedBody? brotli, EncodedBody? gzip)
    {
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
    }

    public EncodedBody Identity { get; }

    public EncodedBody? Brotli { get; }

    public EncodedBody? Gzip { get; }

    /// <summary>True when the answer differs by Accept-Encoding (it has a compressed form).</summary>
    public bool VariesByEncoding => Brotli is not null || Gzip is not null;

    public static EncodedRepresentations Create(byte[] body, string contentType, string etag)
    {
        var identity = new EncodedBody(body, etag);
        if (body.Length < MinimumCompressibleBytes || !IsCompressible(contentType))
        {
            return new EncodedRepresentations(identity, null, null);
        }

        var brotli = CompressBrotli(body);
        var gzip = CompressGzip(body);
        return new EncodedRepresentations(
            identity,
            brotli.Length < body.Length ? new EncodedBody(brotli, Tagged(etag, "br")) : null,
            gzip.Length < body.Length ? new EncodedBody(gzip, Tagged(etag, "gz")) : null
        );
    }

    /// <summary>
    /// The form to send and its Content-Encoding (null for identity). The client's preference wins
    /// (highest q); on a tie Brotli (smaller) before gzip. q=0 refuses a coding, "*" stands for the
    /// codings not named.
    /// </summary>
    public (EncodedBody Body, string? Encoding) Choose(HttpRequest request)
    {
        if (!VariesByEncoding)
        {
            return (Identity, null);
        }

        var header = request.Headers.AcceptEncoding;
        if (header.Count == 0)
        {
            return (Identity, null);
        }

        double brotli = 0,
            gzip = 0,
            any = -1;
        bool brotliNamed = false,
            gzipNamed = false;
        if (StringWithQualityHeaderValue.TryParseList(header, out var codings))
        {
            foreach (var coding in codings)
            {
                var q = coding.Quality ?? 1;
                if (coding.Value.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    (brotli, brotliNamed) = (q, true);
                }
                else if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
                {
                    (gzip, gzipNamed) = (q, true);
                }
                else if (coding.Value.Equals("*", StringComparison.Ordinal))
                {
                    any = q;
                }
            }
        }

        if (any >= 0)
        {
            brotli = brotliNamed ? brotli : any;
            gzip = gzipNamed ? gzip : any;
        }

        if (Brotli is not null && brotli > 0 && (Gzip is null || brotli >= gzip))
        {
            return (Brotli, "br");
        }

        return Gzip is not null && gzip > 0 ? (Gzip, "gzip") : (Identity, null);
    }

    private static bool IsCompressible(string contentType) =>
        contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("javascript", StringComparison.OrdinalIgnoreCase);

    /// <summary>"abc" → "abc-br": the same entity in another coding gets a distinct strong tag.</summary>
    private static string Tagged(string etag, string suffix) =>
        etag.EndsWith('"') ? etag[..^1] + "-" + suffix + "\"" : etag + "-" + suffix;

    private static byte[] CompressBrotli(byte[] body)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, output, out var written, BrotliQuality, BrotliWindow)
            ? output[..written]
            : body;
    }

    private static byte[] CompressGzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
