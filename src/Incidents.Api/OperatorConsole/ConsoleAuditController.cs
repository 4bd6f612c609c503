using Incidents.Api.Authentication;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Audit.Queries.ListAuditEntries;
using Incidents.Application.Common.Exceptions;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// The page's audit trail, newest first, filtered by target and by actor — the admin API's
/// <c>GET /api/admin/Audit</c> query, and like it for Admins only (reads included).
/// </summary>
[Route("admin/{slug}/audit")]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme, Policy = ApiPolicies.Admin)]
public sealed class ConsoleAuditController(IMediator mediator) : ConsolePageController
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Audit(
        string slug,
        [FromQuery] string? target,
        [FromQuery] string? actor,
        [FromQuery] string? page,
        CancellationToken cancellationToken
    )
    {
        // Read as text so what was typed stays in the field, with the API's own message beside it.
        var targetId = ReadGuid("target", target);
        var actorId = ReadGuid("actor", actor);
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && !int.TryParse(page, out pageNumber))
        {
            ModelState.AddModelError(string.Empty, "The value of 'page' is not valid.");
        }

        var access = Access;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(
                "~/Views/Console/Audit.cshtml",
                new AuditViewModel(access, target, actor, null)
            );
        }

        try
        {
            var entries = await mediator.Send(
                new ListAuditEntriesQuery(pageNumber, PageSize, targetId, actorId),
                cancellationToken
            );
            return View(
                "~/Views/Console/Audit.cshtml",
                new AuditViewModel(access, target, actor, entries)
            );
        }
        catch (RequestValidationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(
                "~/Views/Console/Audit.cshtml",
                new AuditViewModel(access, target, actor, null)
            );
        }
    }

    private Guid? ReadGuid(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text.Trim(), out var id))
        {
            return id;
        }

        // The admin API's words for a query value of the wrong type.
        ModelState.AddModelError(name, $"The value of '{name}' is not valid.");
        return null;
    }
}
