using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Audit.Queries.ListAuditEntries;

/// <summary>The caller's page's audit trail, newest first, optionally for one target and/or one actor.</summary>
/// <param name="Actor">The key id or console user id the entries were made by (an entry's ApiKeyId).</param>
public sealed record ListAuditEntriesQuery(
    int? Page,
    int? PageSize,
    Guid? Target,
    Guid? Actor = null
) : IQuery<PagedResult<AuditEntryDto>>;
