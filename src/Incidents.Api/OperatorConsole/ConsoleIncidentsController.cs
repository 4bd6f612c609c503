using Incidents.Api.Authentication;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Components.Queries;
using Incidents.Application.Components.Queries.ListComponents;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Incidents.Commands.UpdateIncident;
using Incidents.Application.Incidents.Queries.GetIncident;
using Incidents.Application.Incidents.Queries.ListIncidents;
using Incidents.Application.Maintenances.Queries.ListMaintenances;
using Incidents.Application.Subscribers.Queries.ListFailedDeliveries;
using Incidents.Application.Templates.Queries;
using Incidents.Application.Templates.Queries.GetTemplate;
using Incidents.Application.Templates.Queries.ListTemplates;
using Incidents.Infrastructure.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// A page's dashboard, declaring an incident and its page (update, resolve). Every change is the
/// admin API's own command through the same mediator pipeline — validation, unit of work, audit
/// with the user as actor, outbox — and the same role policies decide (ADR 110).
/// </summary>
[Route("admin/{slug}")]
public sealed class ConsoleIncidentsController(IMediator mediator) : ConsolePageController
{
    private const string PreviewAction = "preview";

    [HttpGet("")]
    public async Task<IActionResult> Dashboard(string slug, CancellationToken cancellationToken)
    {
        var open = await mediator.Send(new ListIncidentsQuery("open", 1, 50), cancellationToken);
        var active = await mediator.Send(
            new ListMaintenancesQuery("active", 1, 20),
            cancellationToken
        );
        var upcoming = await mediator.Send(
            new ListMaintenancesQuery("upcoming", 1, 20),
            cancellationToken
        );
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        var failed = await mediator.Send(new ListFailedDeliveriesQuery(10), cancellationToken);
        return View(
            "~/Views/Console/Dashboard.cshtml",
            new DashboardViewModel(
                Access,
                open.Items,
                open.TotalCount,
                [.. active.Items, .. upcoming.Items],
                components,
                failed
            )
        );
    }

    [HttpGet("incidents/new")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Declare(
        string slug,
        Guid? template,
        CancellationToken cancellationToken
    )
    {
        var form = new DeclareIncidentForm();
        if (template is { } templateId)
        {
            var chosen = await mediator.Send(new GetTemplateQuery(templateId), cancellationToken);
            form = Prefill(chosen);
        }

        return await DeclareView(form, null, cancellationToken);
    }

    [HttpPost("incidents")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Declare(
        string slug,
        [FromForm] DeclareIncidentForm form,
        CancellationToken cancellationToken
    )
    {
        if (form.Action == PreviewAction)
        {
            return await DeclareView(
                form,
                IncidentMarkdown.ToHtml(form.Description),
                cancellationToken
            );
        }

        try
        {
            // Text left as the template wrote it is sent as absent, so the template fills it with
            // its placeholders replaced ({{component}}…), exactly as the API does.
            var template = form.TemplateId is { } id
                ? await mediator.Send(new GetTemplateQuery(id), cancellationToken)
                : null;
            var created = await mediator.Send(
                new CreateIncidentCommand(
                    Unchanged(form.Title, template?.Title),
                    Unchanged(form.Description, template?.Description),
                    form.Status,
                    form.Impact,
                    form.Components,
                    form.Notify,
                    TemplateId: form.TemplateId
                ),
                cancellationToken
            );
            return RedirectToAction(nameof(Incident), new { slug, id = created.IncidentId });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ConsoleModelErrors.Add(ModelState, e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await DeclareView(form, null, cancellationToken);
        }
    }

    [HttpGet("incidents/{id:guid}")]
    public async Task<IActionResult> Incident(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    ) => await IncidentView(id, NewUpdateForm(), null, cancellationToken);

    [HttpPost("incidents/{id:guid}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> PostUpdate(
        string slug,
        Guid id,
        [FromForm] IncidentUpdateForm form,
        CancellationToken cancellationToken
    )
    {
        if (form.Action == PreviewAction)
        {
            return await IncidentView(
                id,
                form,
                IncidentMarkdown.ToHtml(form.Description),
                cancellationToken
            );
        }

        try
        {
            await mediator.Send(
                new UpdateIncidentCommand(
                    id,
                    form.Description,
                    form.Status,
                    string.IsNullOrEmpty(form.Impact) ? null : form.Impact,
                    IsNotify: form.Notify
                ),
                cancellationToken
            );
            return RedirectToAction(nameof(Incident), new { slug, id });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ConsoleModelErrors.Add(ModelState, e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await IncidentView(id, form, null, cancellationToken);
        }
    }

    /// <summary>The description as the page will show it (the same safe renderer), for the form's live preview.</summary>
    [HttpPost("preview")]
    [Authorize(Policy = ApiPolicies.Write)]
    public ContentResult Preview([FromForm] string? description) =>
        Content(IncidentMarkdown.ToHtml(description), "text/html; charset=utf-8");

    private static string? Unchanged(string? value, string? templateValue) =>
        templateValue is not null && value == templateValue ? null : value;

    private static IncidentUpdateForm NewUpdateForm() => new();

    private static DeclareIncidentForm Prefill(TemplateDto template) =>
        new()
        {
            TemplateId = template.Id,
            Title = template.Title,
            Description = template.Description,
            Status = template.Status ?? "Investigating",
            Impact = template.Impact ?? "None",
            Components = [.. template.AffectedComponents],
            Notify = template.IsNotify ?? false,
        };

    private async Task<IActionResult> DeclareView(
        DeclareIncidentForm form,
        string? previewHtml,
        CancellationToken cancellationToken
    )
    {
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        var templates = await mediator.Send(
            new ListTemplatesQuery("Incident", null),
            cancellationToken
        );
        return View(
            "~/Views/Console/Declare.cshtml",
            new DeclareViewModel(Access, form, Choices(components), templates, previewHtml)
        );
    }

    private async Task<IActionResult> IncidentView(
        Guid id,
        IncidentUpdateForm form,
        string? previewHtml,
        CancellationToken cancellationToken
    )
    {
        var incident = await mediator.Send(new GetIncidentQuery(id), cancellationToken);
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        form.Status ??= incident.Status;
        return View(
            "~/Views/Console/Incident.cshtml",
            new IncidentViewModel(
                Access,
                incident,
                components.ToDictionary(c => c.Id, c => c.Name),
                form,
                previewHtml
            )
        );
    }

    private static List<ComponentChoice> Choices(IReadOnlyList<ComponentDto> components) =>
        [
            .. components
                .OrderBy(c => c.Group ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .ThenBy(c => c.DisplayOrder)
                .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .Select(c => new ComponentChoice(c.Id, c.Name, c.Group, c.Status)),
        ];
}
