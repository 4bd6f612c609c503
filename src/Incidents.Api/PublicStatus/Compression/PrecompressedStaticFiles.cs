using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Incidents.Api.PublicStatus.Compression;

/// <summary>
/// The status page's own assets (wwwroot: CSS, script, icon — a few KB) served from memory in
/// identity, Brotli and gzip form, compressed once at startup, with an ETag per form. Anything else
/// falls through to the static file middleware.
/// </summary>
internal sealed class PrecompressedStaticFiles
{
    private const long MaxFileBytes = 1024 * 1024;

    private readonly RequestDelegate _next;
    private readonly FrozenDictionary<
        string,
        (EncodedRepresentations Body, string ContentType)
    > _files;

    public PrecompressedStaticFiles(RequestDelegate next, IWebHostEnvironment environment)
    {
        _next = next;
        var types = new FileExtensionContentTypeProvider();
        var files = new Dictionary<string, (EncodedRepresentations, string)>(
            StringComparer.OrdinalIgnoreCase
        );
        foreach (var file in environment.WebRootFileProvider.GetDirectoryContents("/"))
        {
            if (
                file.IsDirectory
                || file.Length > MaxFileBytes
                || !types.TryGetContentType(file.Name, out var type)
            )
            {
                continue;
            }

            var contentType =
                type.StartsWith("text/", StringComparison.Ordinal)
                || type.EndsWith("javascript", StringComparison.Ordinal)
                    ? type + "; charset=utf-8"
                    : type;
            var body = Read(file);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body), 0, 12) + "\"";
            files["/" + file.Name] = (
                EncodedRepresentations.Create(body, contentType, etag).CompressAll(),
                contentType
            );
        }

        _files = files.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (
            !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.HasValue
            || !_files.TryGetValue(request.Path.Value, out var file)
        )
        {
            return _next(context);
        }

        // Revalidated on each view (a 304 when unchanged), so a deploy's new CSS shows at once.
        context.Response.Headers.CacheControl = "no-cache";
        return EncodedResponseWriter.WriteAsync(context, file.Body, file.ContentType);
    }

    private static byte[] Read(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
