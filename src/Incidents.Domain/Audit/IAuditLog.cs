namespace Incidents.Domain.Audit;

/// <summary>The audit trail; <see cref="Add"/> joins the current unit of work and never saves by itself.</summary>
public interface IAuditLog
{
    void Add(AuditEntry entry);

    Task<(IReadOnlyList<AuditEntry> Items, int TotalCount)> ListAsync(
        Guid pageId,
        Guid? targetId,
        Guid? actorId,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    );
}
