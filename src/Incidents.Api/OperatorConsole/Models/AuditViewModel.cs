using Incidents.Application.Audit.Queries;
using Incidents.Application.Common.Models;

namespace Incidents.Api.OperatorConsole.Models;

/// <param name="Target">The target filter as typed (kept on an error).</param>
/// <param name="Actor">The actor filter as typed (kept on an error).</param>
/// <param name="Entries">Null when a filter could not be read.</param>
public sealed record AuditViewModel(
    ConsolePageAccess Access,
    string? Target,
    string? Actor,
    PagedResult<AuditEntryDto>? Entries
);
