using Microsoft.AspNetCore.Http.Features;

namespace Incidents.Api.Common;

/// <summary>Admin bodies are small JSON documents: anything over 64 KB is refused before it is read.</summary>
internal static class RequestBodyLimit
{
    public const long MaxBytes = 64 * 1024;
    public const string TooLargeMessage = "The request body is too large (at most 64 KB).";

    public static IApplicationBuilder UseApiRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    if (context.Request.ContentLength > MaxBytes)
                    {
                        await ApiError.WriteAsync(
                            context,
                            StatusCodes.Status413PayloadTooLarge,
                            TooLargeMessage
                        );
                        return;
                    }

                    // Chunked bodies have no length up front: Kestrel enforces the limit while reading.
                    var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
                    if (feature is { IsReadOnly: false })
                    {
                        feature.MaxRequestBodySize = MaxBytes;
                    }
                }

                await next(context);
            }
        );
}
