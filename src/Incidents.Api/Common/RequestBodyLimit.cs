using Microsoft.AspNetCore.Http.Features;

namespace Incidents.Api.Common;

/// <summary>
/// Admin bodies are small JSON documents: anything over 64 KB is refused before it is read. An
/// import carries a whole exported page (Statuspage's incidents.json alone is often a few hundred
/// KB), so /api/admin/Import allows 10 MB. Logo
/// and favicon uploads carry an image of up to 256 KB in base64: 400 KB there.
/// </summary>
internal static class RequestBodyLimit
{
    public const long MaxBytes = 64 * 1024;
    public const string TooLargeMessage = "The request body is too large (at most 64 KB).";
    public const long ImportMaxBytes = 10 * 1024 * 1024;
    public const string ImportTooLargeMessage = "The request body is too large (at most 10 MB).";
    public const long MaxImageBytes = 400 * 1024;
    public const string ImageTooLargeMessage = "The request body is too large (at most 400 KB).";

    public static IApplicationBuilder UseApiRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    var (limit, message) =
                        context.Request.Path.StartsWithSegments("/api/admin/Import")
                            ? (ImportMaxBytes, ImportTooLargeMessage)
                        : IsImageUpload(context.Request.Path)
                            ? (MaxImageBytes, ImageTooLargeMessage)
                        : (MaxBytes, TooLargeMessage);
                    if (context.Request.ContentLength > limit)
                    {
                        await ApiError.WriteAsync(
                            context,
                            StatusCodes.Status413PayloadTooLarge,
                            message
                        );
                        return;
                    }

                    // Chunked bodies have no length up front: Kestrel enforces the limit while reading.
                    var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
                    if (feature is { IsReadOnly: false })
                    {
                        feature.MaxRequestBodySize = limit;
                    }
                }

                await next(context);
            }
        );

    private static bool IsImageUpload(PathString path) =>
        path.StartsWithSegments("/api/admin/Page/Branding/Logo", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(
            "/api/admin/Page/Branding/Favicon",
            StringComparison.OrdinalIgnoreCase
        );
}
