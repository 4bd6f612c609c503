namespace Incidents.Api.Common;

/// <summary>
/// Status codes that the framework answers with an empty body (unknown route, wrong method,
/// wrong content type) get the envelope too, under /api.
/// </summary>
internal static class ClientErrorEnvelopes
{
    public static IApplicationBuilder UseApiClientErrorEnvelopes(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                return;
            }

            var message = context.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => "Resource not found.",
                StatusCodes.Status405MethodNotAllowed =>
                    $"Method {context.Request.Method} is not allowed on this resource.",
                StatusCodes.Status415UnsupportedMediaType =>
                    "Content-Type must be application/json.",
                StatusCodes.Status413PayloadTooLarge => RequestBodyLimit.TooLargeMessage,
                StatusCodes.Status401Unauthorized => ApiError.InvalidApiKeyMessage,
                StatusCodes.Status403Forbidden => ApiError.ForbiddenMessage,
                >= 500 => ApiError.UnexpectedMessage,
                _ => "The request could not be processed.",
            };
            await ApiError.WriteAsync(context, context.Response.StatusCode, message);
        });
}
