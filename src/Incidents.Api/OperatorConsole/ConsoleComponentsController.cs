using Incidents.Api.Authentication;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Components.Commands.CreateComponent;
using Incidents.Application.Components.Commands.DeleteComponent;
using Incidents.Application.Components.Commands.UpdateComponent;
using Incidents.Application.Components.Queries;
using Incidents.Application.Components.Queries.GetComponent;
using Incidents.Application.Components.Queries.ListComponents;
using Incidents.Domain.Components;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// A page's components: list (grouped, effective status), create, edit, order and delete — each
/// the admin API's own component command through the mediator (validation, audit with the person
/// as actor, outbox), under the same role policies as <c>/api/admin/Component</c> (Read sees,
/// Write changes).
/// </summary>
[Route("admin/{slug}/components")]
public sealed class ConsoleComponentsController(IMediator mediator) : ConsolePageController
{
    private static readonly string[] Fields = ["Name", "Description", "Group", "Status"];

    /// <summary>The manual statuses a person may set, as the API spells them.</summary>
    public static IReadOnlyList<string> Statuses { get; } =
    [.. Enum.GetValues<ComponentStatus>().Select(Vocabulary<ComponentStatus>.Display)];

    [HttpGet("")]
    public async Task<IActionResult> List(string slug, CancellationToken cancellationToken) =>
        await ListView(new ComponentForm(), cancellationToken);

    [HttpPost("")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Create(
        string slug,
        [FromForm] ComponentForm form,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await mediator.Send(
                new CreateComponentCommand(
                    form.Name,
                    form.Description,
                    form.Group,
                    await NextOrderAsync(cancellationToken),
                    form.Status
                ),
                cancellationToken
            );
            return RedirectToAction(nameof(List), new { slug });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            AddError(e);
            return await ListView(form, cancellationToken);
        }
    }

    [HttpGet("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Edit(string slug, Guid id, CancellationToken cancellationToken)
    {
        var component = await mediator.Send(new GetComponentQuery(id), cancellationToken);
        var form = new ComponentForm
        {
            Name = component.Name,
            Description = component.Description,
            Group = component.Group,
            Status = component.ManualStatus,
        };
        return await EditView(component, form, cancellationToken);
    }

    [HttpPost("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Edit(
        string slug,
        Guid id,
        [FromForm] ComponentForm form,
        CancellationToken cancellationToken
    )
    {
        try
        {
            // Empty fields are sent as empty, not absent: the API keeps absent fields, and a person
            // who empties the description or the group means to clear it.
            await mediator.Send(
                new UpdateComponentCommand(
                    id,
                    form.Name ?? string.Empty,
                    form.Description ?? string.Empty,
                    form.Group ?? string.Empty,
                    null,
                    form.Status,
                    form.Notify
                ),
                cancellationToken
            );
            return RedirectToAction(nameof(List), new { slug });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            AddError(e);
            var component = await mediator.Send(new GetComponentQuery(id), cancellationToken);
            return await EditView(component, form, cancellationToken);
        }
    }

    /// <summary>
    /// Moves a component one place up or down within its group (a form button: works without
    /// JavaScript). The two swap their DisplayOrder through the API's update command; when they
    /// share one (components created without an order), the page's list is first numbered in its
    /// shown order (ADR 150).
    /// </summary>
    [HttpPost("{id:guid}/move")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Move(
        string slug,
        Guid id,
        [FromForm] string? direction,
        CancellationToken cancellationToken
    )
    {
        var ordered = Ordered(await mediator.Send(new ListComponentsQuery(), cancellationToken))
            .SelectMany(g => g)
            .ToList();
        var target = ordered.Find(c => c.Id == id);
        if (target is null)
        {
            return NotFound();
        }

        var group = ordered.Where(c => c.Group == target.Group).ToList();
        var index = group.IndexOf(target);
        var other = index + (direction == "up" ? -1 : 1);
        if (other < 0 || other >= group.Count)
        {
            return RedirectToAction(nameof(List), new { slug });
        }

        var neighbour = group[other];
        var orders = ordered.ToDictionary(c => c.Id, c => c.DisplayOrder);
        if (target.DisplayOrder == neighbour.DisplayOrder)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                orders[ordered[i].Id] = i;
            }
        }

        (orders[target.Id], orders[neighbour.Id]) = (orders[neighbour.Id], orders[target.Id]);
        foreach (var component in ordered.Where(c => orders[c.Id] != c.DisplayOrder))
        {
            await mediator.Send(
                new UpdateComponentCommand(
                    component.Id,
                    null,
                    null,
                    null,
                    orders[component.Id],
                    null,
                    false
                ),
                cancellationToken
            );
        }

        return RedirectToAction(nameof(List), null, new { slug }, $"component-{id}");
    }

    [HttpGet("{id:guid}/delete")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Delete(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        var component = await mediator.Send(new GetComponentQuery(id), cancellationToken);
        return ConfirmView(slug, component);
    }

    [HttpPost("{id:guid}/delete")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> ConfirmDelete(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await mediator.Send(new DeleteComponentCommand(id), cancellationToken);
            return RedirectToAction(nameof(List), new { slug });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var component = await mediator.Send(new GetComponentQuery(id), cancellationToken);
            return ConfirmView(slug, component);
        }
    }

    /// <summary>Groups in the public page's order (by their first member), members by DisplayOrder then name.</summary>
    public static List<IGrouping<string?, ComponentDto>> Ordered(
        IEnumerable<ComponentDto> components
    ) =>
        [
            .. components
                .OrderBy(c => c.DisplayOrder)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .GroupBy(c => c.Group)
                .OrderBy(g => g.Min(c => c.DisplayOrder)),
        ];

    private void AddError(Exception e)
    {
        // The name guard's message ("A component named 'X' already exists.") concerns the name.
        var field = e.Message.StartsWith("A component named", StringComparison.Ordinal)
            ? "Name"
            : ConsoleManageErrors.FieldOf(e.Message, Fields);
        ModelState.AddModelError(field, e.Message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    /// <summary>A new component goes last, as a person adding one expects.</summary>
    private async Task<int> NextOrderAsync(CancellationToken cancellationToken)
    {
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        return components.Count == 0 ? 0 : components.Max(c => c.DisplayOrder) + 1;
    }

    private async Task<IActionResult> ListView(
        ComponentForm form,
        CancellationToken cancellationToken
    )
    {
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        return View(
            "~/Views/Console/Components.cshtml",
            new ComponentsViewModel(Access, Ordered(components), form)
        );
    }

    private async Task<IActionResult> EditView(
        ComponentDto component,
        ComponentForm form,
        CancellationToken cancellationToken
    )
    {
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        var groups = components
            .Select(c => c.Group)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return View(
            "~/Views/Console/ComponentEdit.cshtml",
            new ComponentEditViewModel(Access, component, form, groups)
        );
    }

    private ViewResult ConfirmView(string slug, ComponentDto component) =>
        View(
            "~/Views/Console/ManageConfirm.cshtml",
            new ManageConfirmViewModel(
                Access,
                $"Delete {component.Name}",
                $"Delete the component “{component.Name}”? It disappears from the public page and from subscriptions; this cannot be undone.",
                $"/admin/{slug}/components/{component.Id}/delete",
                "Delete component",
                $"/admin/{slug}/components"
            )
        );
}
