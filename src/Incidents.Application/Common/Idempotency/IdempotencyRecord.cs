namespace Incidents.Application.Common.Idempotency;

/// <param name="Fingerprint">SHA-256 of method, path and body: a different request under the same key is refused.</param>
/// <param name="Response">Null while the first request is still running.</param>
public sealed record IdempotencyRecord(string Fingerprint, IdempotentResponse? Response);
