using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Application.Common.Idempotency;

namespace Incidents.Api.Hardening;

/// <summary>
/// <c>Idempotency-Key</c> on mutating admin requests (IETF httpapi draft, Stripe semantics): the
/// first successful answer is stored per page and key and replayed for a repeat of the same
/// request; a different request under the key is 422, a repeat while the first runs is 409.
/// Only 2xx answers are stored, so a request refused for bad input can be corrected and retried.
/// Runs after authorisation: a key is always scoped to an authenticated page.
/// </summary>
internal sealed partial class IdempotencyMiddleware(
    RequestDelegate next,
    IdempotencyGate gate,
    ILogger<IdempotencyMiddleware> logger
)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const string InvalidKeyMessage = IdempotencyGate.InvalidKeyMessage;
    public const string MismatchMessage = IdempotencyGate.MismatchMessage;
    public const string InFlightMessage = IdempotencyGate.InFlightMessage;

    public async Task InvokeAsync(HttpContext context)
    {
        if (
            !IsMutating(context.Request.Method)
            || !(
                context.Request.Path.StartsWithSegments("/api/admin")
                // Statuspage's Manage API is an adapter over the same commands: same keys.
                || context.Request.Path.StartsWithSegments("/v1")
            )
            || !context.Request.Headers.TryGetValue(HeaderName, out var values)
        )
        {
            await next(context);
            return;
        }

        var key = values.Count == 1 ? values[0] : null;
        if (!IdempotencyGate.IsValidKey(key))
        {
            await ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, InvalidKeyMessage);
            return;
        }

        if (!Guid.TryParse(context.User.FindFirstValue(ApiKeyDefaults.PageIdClaim), out var pageId))
        {
            await next(context);
            return;
        }

        var fingerprint = await FingerprintAsync(context.Request, context.RequestAborted);
        var decision = await gate.EnterAsync(pageId, key, fingerprint, context.RequestAborted);
        switch (decision.Outcome)
        {
            case IdempotencyOutcome.Run:
                await RunAndStoreAsync(context, pageId, key);
                return;
            case IdempotencyOutcome.Replay:
                var stored = decision.Stored!;
                context.Response.StatusCode = stored.StatusCode;
                context.Response.ContentType = stored.ContentType;
                context.Response.Headers[ReplayedHeaderName] = "true";
                await context.Response.WriteAsync(stored.Body, context.RequestAborted);
                return;
            case IdempotencyOutcome.Mismatch:
                await ApiError.WriteAsync(
                    context,
                    StatusCodes.Status422UnprocessableEntity,
                    MismatchMessage
                );
                return;
            default:
                await ApiError.WriteAsync(context, StatusCodes.Status409Conflict, InFlightMessage);
                return;
        }
    }

    private async Task RunAndStoreAsync(HttpContext context, Guid pageId, string key)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await gate.ReleaseAsync(pageId, key);
            throw;
        }

        context.Response.Body = original;
        var status = context.Response.StatusCode;
        if (status is >= 200 and < 300)
        {
            try
            {
                await gate.CompleteAsync(
                    pageId,
                    key,
                    new IdempotentResponse(
                        status,
                        context.Response.ContentType,
                        Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)
                    )
                );
            }
            catch (Exception e)
            {
                // The change itself committed: answer it. The claim expires on its own, after
                // which a repeat runs the command again (ExternalId still deduplicates creates).
                LogStoreFailed(logger, e, context.TraceIdentifier);
            }
        }
        else
        {
            await gate.ReleaseAsync(pageId, key);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task<string> FingerprintAsync(
        HttpRequest request,
        CancellationToken cancellationToken
    )
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(
            Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n")
        );
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsMutating(string method) =>
        HttpMethods.IsPost(method)
        || HttpMethods.IsPut(method)
        || HttpMethods.IsPatch(method)
        || HttpMethods.IsDelete(method);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Could not store the idempotent answer (trace id {TraceId})"
    )]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string traceId);
}
