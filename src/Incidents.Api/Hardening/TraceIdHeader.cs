using System.Diagnostics;

namespace Incidents.Api.Hardening;

/// <summary>
/// Puts the W3C trace id on every response (<c>X-Trace-Id</c>) and makes it the request's
/// TraceIdentifier, so the id a client reports is the one in the 500 log line, the audit trail
/// and the exported trace.
/// </summary>
internal static class TraceIdHeader
{
    public const string HeaderName = "X-Trace-Id";

    public static IApplicationBuilder UseTraceIdHeader(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                if (Activity.Current is { } activity)
                {
                    context.TraceIdentifier = activity.TraceId.ToHexString();
                }

                var traceId = context.TraceIdentifier;
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[HeaderName] = traceId;
                    return Task.CompletedTask;
                });
                return next(context);
            }
        );
}
