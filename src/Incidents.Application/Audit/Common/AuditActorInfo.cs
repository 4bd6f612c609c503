namespace Incidents.Application.Audit.Common;

/// <param name="RequestId">The request's trace id, the same one the response header and logs carry.</param>
public sealed record AuditActorInfo(
    Guid PageId,
    Guid ApiKeyId,
    string ApiKeyName,
    string? RequestId
);
