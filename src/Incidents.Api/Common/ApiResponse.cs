namespace Incidents.Api.Common;

/// <summary>The seed's envelope: every answer, success or error, has this shape.</summary>
public sealed record ApiResponse<T>(bool Success, T? Result, string Message)
{
    public static ApiResponse<T> Ok(T result, string message) => new(true, result, message);
}
