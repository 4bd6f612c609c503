namespace Incidents.Api.OpenApi;

/// <summary>
/// An error answer specific to this action, with the exact messages it can carry. The errors every
/// route of a kind can give (401, 403, 413, 415, 429, 503, idempotency) come from
/// <see cref="ErrorResponsesConvention"/>; this attribute only adds what the use case itself says.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ErrorResponseAttribute(int statusCode, params string[] messages) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public IReadOnlyList<string> Messages { get; } = messages;
}
