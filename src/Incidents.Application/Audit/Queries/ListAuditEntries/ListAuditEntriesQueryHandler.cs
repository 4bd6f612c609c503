using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Models;
using Incidents.Domain.Audit;
using Mediator;

namespace Incidents.Application.Audit.Queries.ListAuditEntries;

public sealed class ListAuditEntriesQueryHandler(IAuditLog auditLog, ICurrentCaller caller)
    : IQueryHandler<ListAuditEntriesQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(
        ListAuditEntriesQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = query.Page ?? 1;
        var size = Paging.Size(query.PageSize);
        var (items, total) = await auditLog.ListAsync(
            caller.PageId,
            query.Target,
            query.Actor,
            page,
            size,
            cancellationToken
        );
        return new PagedResult<AuditEntryDto>(
            items
                .Select(e => new AuditEntryDto(
                    e.Id,
                    e.ApiKeyId,
                    e.ApiKeyName,
                    e.Action,
                    e.TargetId,
                    e.OccurredAt,
                    e.RequestId,
                    e.Details
                ))
                .ToList(),
            page,
            size,
            total
        );
    }
}
