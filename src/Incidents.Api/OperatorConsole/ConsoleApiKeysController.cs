using Incidents.Api.Authentication;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.ApiKeys.Commands.CreateApiKey;
using Incidents.Application.ApiKeys.Commands.CreatePageApiKey;
using Incidents.Application.ApiKeys.Commands.RevokePageApiKey;
using Incidents.Application.ApiKeys.Queries.ListPageApiKeys;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// A page's API keys: list, create (the key is in the creating answer only, never again) and
/// revoke — the admin API's own key commands through the mediator, Admin only as
/// <c>/api/admin/ApiKey</c> is.
/// </summary>
[Route("admin/{slug}/keys")]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme, Policy = ApiPolicies.Admin)]
public sealed class ConsoleApiKeysController(IMediator mediator) : ConsolePageController
{
    private static readonly string[] Fields = ["Name", "Role"];

    public static IReadOnlyList<string> Roles { get; } = ["Read", "Write", "Admin"];

    [HttpGet("")]
    public async Task<IActionResult> List(string slug, CancellationToken cancellationToken) =>
        await ListView(new ApiKeyForm(), null, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Create(
        string slug,
        [FromForm] ApiKeyForm form,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var created = await mediator.Send(
                new CreatePageApiKeyCommand(form.Name, form.Role),
                cancellationToken
            );
            // Rendered in this answer (no-store, as every console answer), not redirected: the key
            // is never stored, so no later request can show it again.
            return await ListView(new ApiKeyForm(), created, cancellationToken);
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ModelState.AddModelError(ConsoleManageErrors.FieldOf(e.Message, Fields), e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ListView(form, null, cancellationToken);
        }
    }

    [HttpGet("{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    ) => await ConfirmView(slug, id, cancellationToken);

    [HttpPost("{id:guid}/revoke")]
    public async Task<IActionResult> ConfirmRevoke(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await mediator.Send(new RevokePageApiKeyCommand(id), cancellationToken);
            return RedirectToAction(nameof(List), new { slug });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ConfirmView(slug, id, cancellationToken);
        }
    }

    private async Task<IActionResult> ListView(
        ApiKeyForm form,
        CreatedApiKey? created,
        CancellationToken cancellationToken
    )
    {
        var keys = await mediator.Send(new ListPageApiKeysQuery(), cancellationToken);
        return View(
            "~/Views/Console/ApiKeys.cshtml",
            new ApiKeysViewModel(Access, keys, form, created)
        );
    }

    private async Task<IActionResult> ConfirmView(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        var keys = await mediator.Send(new ListPageApiKeysQuery(), cancellationToken);
        var key = keys.FirstOrDefault(k => k.Id == id && k.RevokedAt is null);
        if (key is null)
        {
            return NotFound();
        }

        return View(
            "~/Views/Console/ManageConfirm.cshtml",
            new ManageConfirmViewModel(
                Access,
                $"Revoke {key.Name}",
                $"Revoke the {key.Role} key “{key.Name}” ({key.Prefix}…)? Anything using it is refused from now on; this cannot be undone.",
                $"/admin/{slug}/keys/{id}/revoke",
                "Revoke key",
                $"/admin/{slug}/keys"
            )
        );
    }
}
