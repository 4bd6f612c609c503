using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Application.Audit.Queries;
using Incidents.Application.Audit.Queries.ListAuditEntries;
using Incidents.Application.Common.Models;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>The page's audit trail: every admin mutation, newest first.</summary>
[ApiController]
[Route("api/admin/Audit")]
[Produces("application/json")]
public sealed class AuditController(IMediator mediator) : ControllerBase
{
    /// <summary>List the page's audit trail, newest first.</summary>
    /// <param name="target">Only entries about this incident, component or key.</param>
    /// <param name="actor">Only entries made by this API key or console user (an entry's ApiKeyId).</param>
    [HttpGet]
    [Authorize(Policy = ApiPolicies.Admin)]
    [EndpointName("ListAuditEntries")]
    public async Task<ApiResponse<PagedResult<AuditEntryDto>>> List(
        [FromQuery] int? page,
        [FromQuery] int? pageSize,
        [FromQuery] Guid? target,
        [FromQuery] Guid? actor,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PagedResult<AuditEntryDto>>.Ok(
            await mediator.Send(
                new ListAuditEntriesQuery(page, pageSize, target, actor),
                cancellationToken
            ),
            "Audit entries retrieved successfully"
        );
}
