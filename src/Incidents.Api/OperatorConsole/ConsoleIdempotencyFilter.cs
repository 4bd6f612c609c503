using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Incidents.Api.Authentication;
using Incidents.Api.Hardening;
using Incidents.Application.Common.Idempotency;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Double-submit protection for the console's page forms, through the admin API's idempotency
/// rules and store (<see cref="IdempotencyGate"/>, ADR 160): the form's one-time key
/// (<see cref="ConsoleIdempotencyKeyTagHelper"/>) is the Idempotency-Key, scoped to the page. The
/// first submit runs; its answer, a redirect (post/redirect/get), is stored and every repeat is
/// sent to the same place. A repeat that arrives while the first still runs (a double click) waits
/// for it instead of answering 409, because the browser shows the last answer it receives. The
/// same key with other form values is the API's 422. Anything but a redirect (a form shown again
/// with errors, a preview) releases the key, so a corrected form can be sent again.
/// Runs after authorisation and the antiforgery check (a resource filter), before model binding.
/// </summary>
internal sealed partial class ConsoleIdempotencyFilter(
    IdempotencyGate gate,
    IOptions<AntiforgeryOptions> antiforgery,
    TimeProvider time,
    ILogger<ConsoleIdempotencyFilter> logger
) : IAsyncResourceFilter
{
    public const string FieldName = "__IdempotencyKey";

    /// <summary>A stored console answer is the redirect's target (RFC 2483 media type).</summary>
    public const string RedirectContentType = "text/uri-list";

    /// <summary>How long a repeat waits for the first submit before answering 409.</summary>
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromMilliseconds(250);

    public async Task OnResourceExecutionAsync(
        ResourceExecutingContext context,
        ResourceExecutionDelegate next
    )
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (
            !HttpMethods.IsPost(request.Method)
            || !request.Path.StartsWithSegments("/admin")
            || !request.HasFormContentType
        )
        {
            await next();
            return;
        }

        var form = await request.ReadFormAsync(http.RequestAborted);
        // Keys belong to a page, as the API's: forms outside a page (sign-in, account) pass.
        if (
            !form.TryGetValue(FieldName, out var values)
            || !Guid.TryParse(http.User.FindFirstValue(ApiKeyDefaults.PageIdClaim), out var pageId)
        )
        {
            await next();
            return;
        }

        var key = values.Count == 1 ? values[0] : null;
        if (!IdempotencyGate.IsValidKey(key))
        {
            context.Result = ConsoleErrorPage.Result(
                http,
                StatusCodes.Status400BadRequest,
                IdempotencyGate.InvalidKeyMessage
            );
            return;
        }

        var fingerprint = await FingerprintAsync(
            $"{request.Method} {request.Path}{request.QueryString}",
            form,
            antiforgery.Value.FormFieldName,
            http.RequestAborted
        );
        var started = time.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var decision = await gate.EnterAsync(pageId, key, fingerprint, http.RequestAborted);
            switch (decision.Outcome)
            {
                case IdempotencyOutcome.Run:
                    await RunAndStoreAsync(http, next, pageId, key);
                    return;
                case IdempotencyOutcome.Replay:
                    var stored = decision.Stored!;
                    http.Response.Headers[IdempotencyMiddleware.ReplayedHeaderName] = "true";
                    http.Response.Headers.Location = stored.Body;
                    context.Result = new StatusCodeResult(stored.StatusCode);
                    return;
                case IdempotencyOutcome.Mismatch:
                    context.Result = ConsoleErrorPage.Result(
                        http,
                        StatusCodes.Status422UnprocessableEntity,
                        IdempotencyGate.MismatchMessage
                    );
                    return;
                default:
                    if (time.GetElapsedTime(started) >= WaitForFirst)
                    {
                        context.Result = ConsoleErrorPage.Result(
                            http,
                            StatusCodes.Status409Conflict,
                            IdempotencyGate.InFlightMessage
                        );
                        return;
                    }

                    await Task.Delay(pause, time, http.RequestAborted);
                    pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPollInterval.Ticks));
                    break;
            }
        }
    }

    private async Task RunAndStoreAsync(
        HttpContext http,
        ResourceExecutionDelegate next,
        Guid pageId,
        string key
    )
    {
        ResourceExecutedContext executed;
        try
        {
            executed = await next();
        }
        catch
        {
            await gate.ReleaseAsync(pageId, key);
            throw;
        }

        var response = http.Response;
        var succeeded = executed.Exception is null || executed.ExceptionHandled;
        if (
            succeeded
            && response.StatusCode is >= 300 and < 400
            && response.Headers.Location.ToString() is { Length: > 0 } location
        )
        {
            try
            {
                await gate.CompleteAsync(
                    pageId,
                    key,
                    new IdempotentResponse(response.StatusCode, RedirectContentType, location)
                );
            }
            catch (Exception e)
            {
                // The change committed; as in the API, the claim expires on its own.
                LogStoreFailed(logger, e, http.TraceIdentifier);
            }
        }
        else
        {
            await gate.ReleaseAsync(pageId, key);
        }
    }

    /// <summary>
    /// Method, path and the form's values — without the antiforgery token, which is a credential
    /// of the session rather than part of what was asked — and any uploaded file's bytes.
    /// </summary>
    internal static async Task<string> FingerprintAsync(
        string target,
        IFormCollection form,
        string tokenField,
        CancellationToken cancellationToken
    )
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, target + "\n");
        foreach (var name in form.Keys.Order(StringComparer.Ordinal))
        {
            if (name == FieldName || name == tokenField)
            {
                continue;
            }

            foreach (var value in form[name])
            {
                Append(hash, $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value ?? "")}&");
            }
        }

        foreach (var file in form.Files)
        {
            Append(hash, $"\n{file.Name}:{file.FileName}:{file.Length}\n");
            await using var content = file.OpenReadStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
            {
                hash.AppendData(chunk, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text) =>
        hash.AppendData(Encoding.UTF8.GetBytes(text));

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Could not store the console form's idempotent answer (trace id {TraceId})"
    )]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string traceId);
}
