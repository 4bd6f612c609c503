using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.Import;
using Incidents.Api.StatuspageCompatibility.Import;
using Incidents.Application.Common.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Imports from other status pages into the caller's page; Admin keys only.</summary>
[ApiController]
[Route("api/admin/Import")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class ImportController(StatuspageImporter importer) : ControllerBase
{
    /// <summary>
    /// Import a Statuspage page's components, groups and past incidents (as history, never notified); running it again changes nothing.
    /// </summary>
    [HttpPost("Statuspage")]
    [EndpointName("ImportStatuspage")]
    public async Task<ApiResponse<StatuspageImportReport>> Statuspage(
        StatuspageImportModel model,
        CancellationToken cancellationToken
    )
    {
        if (model.Components is null && model.Incidents is null)
        {
            throw new InvalidRequestException("Give Components, Incidents or both.");
        }

        var report = await importer.ImportAsync(
            StatuspageExport.Read(model.Components, model.Incidents),
            cancellationToken
        );
        return ApiResponse<StatuspageImportReport>.Ok(
            report,
            $"Import finished: {report.Created.Count} created, {report.Skipped.Count} skipped, {report.Refused.Count} refused"
        );
    }
}
