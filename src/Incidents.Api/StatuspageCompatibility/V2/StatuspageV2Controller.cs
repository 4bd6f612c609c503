using System.Text.Json;
using Incidents.Api.PublicStatus;
using Incidents.Api.PublicStatus.Access;
using Incidents.Api.PublicStatus.Caching;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.StatuspageCompatibility.Queries.GetStatuspageSnapshot;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>
/// Atlassian Statuspage's public v2 JSON (no key): at /api/v2/… for the default page (and for a
/// page on its own hostname, rewritten by PageHostMiddleware), and at /status/{slug}/api/v2/…
/// for consumers that take a full URL. Served from the page's snapshot cache (ETag/304, evicted
/// on every write); CORS * is set by SecurityHeadersMiddleware, also on cached answers.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[PublicCache]
[PageAccess(PageAccessKind.Json)]
public sealed class StatuspageV2Controller(IMediator mediator, IOptions<StatusPageOptions> options)
    : ControllerBase
{
    private const string Default = "/api/v2/";
    private const string BySlug = "/status/{slug}/api/v2/";

    [HttpGet(Default + "summary.json")]
    [HttpGet(BySlug + "summary.json")]
    public Task<IActionResult> Summary(string? slug, CancellationToken cancellationToken) =>
        Answer(
            slug,
            null,
            m => new V2SummaryResponse(
                m.Page,
                m.Components,
                [.. m.Incidents(i => !i.IsResolved)],
                [.. m.Maintenances(IsOpen).Reverse()],
                m.Status
            ),
            cancellationToken
        );

    [HttpGet(Default + "status.json")]
    [HttpGet(BySlug + "status.json")]
    public Task<IActionResult> Status(string? slug, CancellationToken cancellationToken) =>
        Answer(slug, null, m => new V2StatusResponse(m.Page, m.Status), cancellationToken);

    [HttpGet(Default + "components.json")]
    [HttpGet(BySlug + "components.json")]
    public Task<IActionResult> Components(string? slug, CancellationToken cancellationToken) =>
        Answer(slug, null, m => new V2ComponentsResponse(m.Page, m.Components), cancellationToken);

    [HttpGet(Default + "incidents.json")]
    [HttpGet(BySlug + "incidents.json")]
    public Task<IActionResult> Incidents(string? slug, CancellationToken cancellationToken) =>
        Answer(
            slug,
            null,
            m => new V2IncidentsResponse(
                m.Page,
                [.. m.Incidents(_ => true).Take(GetStatuspageSnapshotQueryHandler.Latest)]
            ),
            cancellationToken
        );

    [HttpGet(Default + "incidents/unresolved.json")]
    [HttpGet(BySlug + "incidents/unresolved.json")]
    public Task<IActionResult> Unresolved(string? slug, CancellationToken cancellationToken) =>
        Answer(
            slug,
            null,
            m => new V2IncidentsResponse(m.Page, [.. m.Incidents(i => !i.IsResolved)]),
            cancellationToken
        );

    /// <summary>One incident or maintenance; another page's, or an unknown id, is a 404.</summary>
    [HttpGet(Default + "incidents/{id}.json")]
    [HttpGet(BySlug + "incidents/{id}.json")]
    public Task<IActionResult> Incident(
        string? slug,
        string id,
        CancellationToken cancellationToken
    ) =>
        Guid.TryParse(id, out var incidentId)
            ? Answer(
                slug,
                incidentId,
                m => m.Find(incidentId) is { } found ? new V2IncidentResponse(m.Page, found) : null,
                cancellationToken
            )
            : Task.FromResult<IActionResult>(NotFoundJson());

    [HttpGet(Default + "scheduled-maintenances.json")]
    [HttpGet(BySlug + "scheduled-maintenances.json")]
    public Task<IActionResult> Maintenances(string? slug, CancellationToken cancellationToken) =>
        Answer(
            slug,
            null,
            m => new V2MaintenancesResponse(
                m.Page,
                [.. m.Maintenances(_ => true).Take(GetStatuspageSnapshotQueryHandler.Latest)]
            ),
            cancellationToken
        );

    [HttpGet(Default + "scheduled-maintenances/upcoming.json")]
    [HttpGet(BySlug + "scheduled-maintenances/upcoming.json")]
    public Task<IActionResult> Upcoming(string? slug, CancellationToken cancellationToken) =>
        Answer(
            slug,
            null,
            m => new V2MaintenancesResponse(
                m.Page,
                [.. m.Maintenances(x => x.Status == MaintenanceStatus.Scheduled).Reverse()]
            ),
            cancellationToken
        );

    [HttpGet(Default + "scheduled-maintenances/active.json")]
    [HttpGet(BySlug + "scheduled-maintenances/active.json")]
    public Task<IActionResult> Active(string? slug, CancellationToken cancellationToken) =>
        Answer(
            slug,
            null,
            m => new V2MaintenancesResponse(m.Page, [.. m.Maintenances(x => x.IsActive).Reverse()]),
            cancellationToken
        );

    private static bool IsOpen(Maintenance maintenance) =>
        maintenance.Status is MaintenanceStatus.Scheduled || maintenance.IsActive;

    private async Task<IActionResult> Answer(
        string? slug,
        Guid? incidentId,
        Func<StatuspageV2Mapper, object?> shape,
        CancellationToken cancellationToken
    )
    {
        StatuspageSnapshot snapshot;
        try
        {
            snapshot = await mediator.Send(
                new GetStatuspageSnapshotQuery(slug ?? StatusPage.DefaultSlug, incidentId),
                cancellationToken
            );
        }
        catch (NotFoundException)
        {
            return NotFoundJson();
        }

        var body = shape(new StatuspageV2Mapper(snapshot, options.Value.PublicBaseUrl));
        return body is null
            ? NotFoundJson()
            : Content(
                JsonSerializer.Serialize(body, body.GetType(), StatuspageV2Json.Options),
                StatuspageV2Json.ContentType
            );
    }

    /// <summary>Statuspage answers an unknown page or incident with 404 and a JSON error.</summary>
    private static ContentResult NotFoundJson() =>
        new()
        {
            StatusCode = StatusCodes.Status404NotFound,
            Content = """{"error":"not_found","message":"Not found"}""",
            ContentType = StatuspageV2Json.ContentType,
        };
}
