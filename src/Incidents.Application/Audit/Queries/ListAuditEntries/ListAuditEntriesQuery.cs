using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Audit.Queries.ListAuditEntries;

/// <summary>The caller's page's audit trail, newest first, optionally for one target.</summary>
public sealed record ListAuditEntriesQuery(int? Page, int? PageSize, Guid? Target)
    : IQuery<PagedResult<AuditEntryDto>>;
