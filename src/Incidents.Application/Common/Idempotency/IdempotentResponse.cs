namespace Incidents.Application.Common.Idempotency;

public sealed record IdempotentResponse(int StatusCode, string? ContentType, string Body);
