using Incidents.Api.Authentication;
using Incidents.Api.Controllers;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.Components.Queries.ListComponents;
using Incidents.Application.Integrations.Commands.CreateIntegration;
using Incidents.Application.Integrations.Commands.DeleteIntegration;
using Incidents.Application.Integrations.Commands.UpdateIntegration;
using Incidents.Application.Integrations.Common;
using Incidents.Application.Integrations.Queries.GetIntegration;
using Incidents.Application.Integrations.Queries.ListIntegrations;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Alert integrations (Alertmanager, Grafana) in the console: list, create (the token shown once),
/// a new Grafana secret, delete — the admin API's integration commands, Admin only as there.
/// </summary>
[Route("admin/{slug}/integrations")]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme, Policy = ApiPolicies.Admin)]
public sealed class ConsoleIntegrationsController(IMediator mediator) : ConsolePageController
{
    [HttpGet("")]
    public Task<IActionResult> List(
        string slug,
        string? done,
        CancellationToken cancellationToken
    ) =>
        ListView(
            new IntegrationCreateForm(),
            null,
            null,
            done == "deleted" ? "Integration deleted; its token no longer works."
                : done == "secret" ? "Secret saved."
                : null,
            cancellationToken
        );

    [HttpPost("")]
    public async Task<IActionResult> Create(
        string slug,
        [FromForm] IntegrationCreateForm form,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var created = await mediator.Send(
                new CreateIntegrationCommand(
                    form.Type,
                    form.Name,
                    null,
                    new AlertRuleInput(
                        null,
                        form.Components,
                        form.Impact,
                        null,
                        form.Publish,
                        null
                    ),
                    string.IsNullOrEmpty(form.Secret) ? null : form.Secret
                ),
                cancellationToken
            );
            // Rendered, not redirected: the token exists only in this answer (no-store).
            return await ListView(
                new IntegrationCreateForm(),
                new CreatedIntegrationView(
                    created.Id,
                    form.Name!.Trim(),
                    ReceiverUrl(created.Type, created.Id),
                    created.Token
                ),
                null,
                null,
                cancellationToken
            );
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ConsoleModelErrors.Add(ModelState, e, FieldOf);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ListView(form, null, null, null, cancellationToken);
        }
    }

    [HttpPost("{id:guid}/secret")]
    public async Task<IActionResult> Secret(
        string slug,
        Guid id,
        [FromForm] IntegrationSecretForm form,
        CancellationToken cancellationToken
    )
    {
        var current = await mediator.Send(new GetIntegrationQuery(id), cancellationToken);
        try
        {
            // The update replaces name, rules and default: send them back as they are.
            await mediator.Send(
                new UpdateIntegrationCommand(
                    id,
                    current.Name,
                    current.Rules,
                    current.Default,
                    string.IsNullOrEmpty(form.Secret) ? null : form.Secret
                ),
                cancellationToken
            );
            return RedirectToAction(nameof(List), new { slug, done = "secret" });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e) && e is not NotFoundException)
        {
            ModelState.AddModelError("Secret-" + id, e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ListView(new IntegrationCreateForm(), null, id, null, cancellationToken);
        }
    }

    [HttpGet("{id:guid}/delete")]
    public async Task<IActionResult> Delete(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    ) =>
        View(
            "~/Views/Console/Integrations/Delete.cshtml",
            new IntegrationDeleteViewModel(
                Access,
                await mediator.Send(new GetIntegrationQuery(id), cancellationToken)
            )
        );

    [HttpPost("{id:guid}/delete")]
    public async Task<IActionResult> DeleteConfirmed(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(new DeleteIntegrationCommand(id), cancellationToken);
        return RedirectToAction(nameof(List), new { slug, done = "deleted" });
    }

    /// <summary>The default rule's messages name its own fields; the rest are the shared ones.</summary>
    private static string FieldOf(string message) =>
        message.StartsWith("Name", StringComparison.Ordinal) ? "Name"
        : message.StartsWith("Type", StringComparison.Ordinal) ? "Type"
        : message.Contains("Secret", StringComparison.Ordinal) ? "Secret"
        : ConsoleErrorFields.FieldOf(message);

    private string ReceiverUrl(string type, Guid id)
    {
        var path = type.Equals("Grafana", StringComparison.OrdinalIgnoreCase)
            ? AlertReceiverController.GrafanaPath
            : AlertReceiverController.AlertmanagerPath;
        return $"{Request.Scheme}://{Request.Host}{Request.PathBase}/{path}/{id}";
    }

    private async Task<IActionResult> ListView(
        IntegrationCreateForm form,
        CreatedIntegrationView? created,
        Guid? secretFor,
        string? notice,
        CancellationToken cancellationToken
    )
    {
        var integrations = await mediator.Send(new ListIntegrationsQuery(), cancellationToken);
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        return View(
            "~/Views/Console/Integrations/List.cshtml",
            new IntegrationsViewModel(
                Access,
                integrations,
                [
                    .. components
                        .OrderBy(c => c.Group ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                        .ThenBy(c => c.DisplayOrder)
                        .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                        .Select(c => new ComponentChoice(c.Id, c.Name, c.Group, c.Status)),
                ],
                form,
                created,
                $"{Request.Scheme}://{Request.Host}{Request.PathBase}",
                secretFor,
                notice
            )
        );
    }
}
