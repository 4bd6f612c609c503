namespace Incidents.Domain.Audit;

/// <summary>
/// One admin mutation: who (key id and name), what (action, target), when, and the request it
/// came from. Written in the same transaction as the change, never updated afterwards.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 64;
    public const int ActorNameMaxLength = 100;
    public const int RequestIdMaxLength = 64;

    private AuditEntry() { }

    public Guid Id { get; private set; }

    public Guid PageId { get; private set; }

    public Guid? ApiKeyId { get; private set; }

    public string ApiKeyName { get; private set; } = string.Empty;

    public string Action { get; private set; } = string.Empty;

    public Guid? TargetId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? RequestId { get; private set; }

    /// <summary>What the change replaced or removed, when the command says (JSON), e.g. a corrected update's previous text.</summary>
    public string? Details { get; private set; }

    public static AuditEntry Record(
        Guid pageId,
        Guid? apiKeyId,
        string apiKeyName,
        string action,
        Guid? targetId,
        DateTimeOffset occurredAt,
        string? requestId,
        string? details = null
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(occurredAt),
            PageId = pageId,
            ApiKeyId = apiKeyId,
            ApiKeyName = Truncate(apiKeyName, ActorNameMaxLength),
            Action = Truncate(action, ActionMaxLength),
            TargetId = targetId,
            OccurredAt = occurredAt,
            RequestId = requestId is null ? null : Truncate(requestId, RequestIdMaxLength),
            Details = details,
        };

    private static string Truncate(string value, int max) =>
        value.Length <= max ? value : value[..max];
}
