using Incidents.Application.Common.Exceptions;
using Incidents.Domain.Common;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;

namespace Incidents.Api.Common;

/// <summary>
/// The one place where failures become envelopes. Only messages written for users pass through;
/// anything unexpected is logged with its trace id and answered with the seed's generic 500.
/// </summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        var (status, message) = exception switch
        {
            RequestValidationException e => (StatusCodes.Status400BadRequest, e.Message),
            InvalidRequestException e => (StatusCodes.Status400BadRequest, e.Message),
            DomainException e => (StatusCodes.Status400BadRequest, e.Message),
            NotFoundException e => (StatusCodes.Status404NotFound, e.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (
                StatusCodes.Status413PayloadTooLarge,
                RequestBodyLimit.TooLargeMessage
            ),
            BadHttpRequestException e => (e.StatusCode, "The request could not be read."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (
                499,
                "The request was cancelled."
            ),
            _ when DatabaseErrors.IsUnavailable(exception) => (
                StatusCodes.Status503ServiceUnavailable,
                ApiError.UnavailableMessage
            ),
            _ => (StatusCodes.Status500InternalServerError, ApiError.UnexpectedMessage),
        };

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(logger, exception.GetType().Name, httpContext.TraceIdentifier);
        }

        if (status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(
                logger,
                exception,
                httpContext.TraceIdentifier,
                httpContext.Request.Method,
                httpContext.Request.Path
            );
        }

        if (httpContext.Response.HasStarted)
        {
            return true;
        }

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            // Automation retries anyway; tell it when a retry is worth it (as the 429 does).
            httpContext.Response.Headers.RetryAfter = UnavailableRetryAfterSeconds;
        }

        await ApiError.WriteAsync(httpContext, status, message);
        return true;
    }

    /// <summary>About one database reconnect attempt: soon enough to ride out a failover.</summary>
    public const string UnavailableRetryAfterSeconds = "5";

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Unhandled exception for {Method} {Path} (trace id {TraceId})"
    )]
    private static partial void LogUnhandled(
        ILogger logger,
        Exception exception,
        string traceId,
        string method,
        string path
    );

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Database unavailable ({ExceptionType}), answered 503 (trace id {TraceId})"
    )]
    private static partial void LogUnavailable(
        ILogger logger,
        string exceptionType,
        string traceId
    );
}
