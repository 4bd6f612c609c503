using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Incidents.Api.PublicStatus.Compression;

/// <summary>
/// An answer in identity, Brotli and gzip form, each compressed once per stored answer (a snapshot
/// entry, a static file) rather than on every request: under an outage everyone loads the page, and
/// each of them then costs a copy of bytes, not a compression. A snapshot entry is compressed in a
/// coding when the first client asks for that coding, not while it is rendered: every request that
/// arrives after a write waits for the render, and clients that take identity never need the
/// Brotli form (a quarter of a summary's render). Static files are compressed at start-up
/// (<see cref="CompressAll"/>). Each form has its own ETag (RFC 9110 §8.8.3: an ETag names one
/// representation).
/// </summary>
public sealed class EncodedRepresentations
{
    /// <summary>Below this, the headers outweigh the saving.</summary>
    public const int MinimumCompressibleBytes = 256;

    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;

    private readonly Lazy<EncodedBody?>? _brotli;
    private readonly Lazy<EncodedBody?>? _gzip;

    private EncodedRepresentations(
        EncodedBody identity,
        Lazy<EncodedBody?>? brotli,
        Lazy<EncodedBody?>? gzip
    )
    {
        Identity = identity;
        _brotli = brotli;
        _gzip = gzip;
    }

    public EncodedBody Identity { get; }

    /// <summary>The Brotli form (compressed on first use), or null when it would not be smaller.</summary>
    public EncodedBody? Brotli => _brotli?.Value;

    /// <summary>The gzip form (compressed on first use), or null when it would not be smaller.</summary>
    public EncodedBody? Gzip => _gzip?.Value;

    /// <summary>The codings compressed so far ("br", "gzip"): what requests have asked for.</summary>
    internal IEnumerable<string> CompressedCodings =>
        new[] { ("br", _brotli), ("gzip", _gzip) }
            .Where(c => c.Item2?.IsValueCreated == true)
            .Select(c => c.Item1);

    /// <summary>True when the answer differs by Accept-Encoding (it is compressible).</summary>
    public bool VariesByEncoding => _brotli is not null;

    public static EncodedRepresentations Create(byte[] body, string contentType, string etag)
    {
        var identity = new EncodedBody(body, etag);
        if (body.Length < MinimumCompressibleBytes || !IsCompressible(contentType))
        {
            return new EncodedRepresentations(identity, null, null);
        }

        // ExecutionAndPublication: concurrent first requests for a coding share one compression.
        return new EncodedRepresentations(
            identity,
            new Lazy<EncodedBody?>(() => Smaller(CompressBrotli(body), body, Tagged(etag, "br"))),
            new Lazy<EncodedBody?>(() => Smaller(CompressGzip(body), body, Tagged(etag, "gz")))
        );
    }

    /// <summary>Compresses every form now (static files: at start-up, not on a visitor's request).</summary>
    public EncodedRepresentations CompressAll()
    {
        _ = Brotli;
        _ = Gzip;
        return this;
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

        // Only the coding that is sent gets compressed (and the other one only when the preferred
        // form turned out no smaller).
        if (brotli > 0 && brotli >= gzip && Brotli is { } preferred)
        {
            return (preferred, "br");
        }

        if (gzip > 0 && Gzip is { } gzipped)
        {
            return (gzipped, "gzip");
        }

        return brotli > 0 && Brotli is { } fallback ? (fallback, "br") : (Identity, null);
    }

    private static bool IsCompressible(string contentType) =>
        contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("javascript", StringComparison.OrdinalIgnoreCase);

    /// <summary>"abc" → "abc-br": the same entity in another coding gets a distinct strong tag.</summary>
    private static string Tagged(string etag, string suffix) =>
        etag.EndsWith('"') ? etag[..^1] + "-" + suffix + "\"" : etag + "-" + suffix;

    private static EncodedBody? Smaller(byte[] compressed, byte[] body, string etag) =>
        compressed.Length < body.Length ? new EncodedBody(compressed, etag) : null;

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
