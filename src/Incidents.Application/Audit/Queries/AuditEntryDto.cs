namespace Incidents.Application.Audit.Queries;

public sealed record AuditEntryDto(
    Guid Id,
    Guid? ApiKeyId,
    string ApiKeyName,
    string Action,
    Guid? TargetId,
    DateTimeOffset OccurredAt,
    string? RequestId,
    string? Details = null
);
