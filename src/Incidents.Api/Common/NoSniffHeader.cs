namespace Incidents.Api.Common;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c> on every answer — pages, JSON, error envelopes, 401/429s
/// that short-circuit the pipeline, and a 500 written after the exception handler cleared the
/// headers (an OnStarting callback survives that) — so no browser ever sniffs a body into HTML.
/// </summary>
internal static class NoSniffHeader
{
    public static IApplicationBuilder UseNoSniffHeader(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                context.Response.OnStarting(
                    static state =>
                    {
                        ((HttpResponse)state).Headers.XContentTypeOptions = "nosniff";
                        return Task.CompletedTask;
                    },
                    context.Response
                );
                return next(context);
            }
        );
}
