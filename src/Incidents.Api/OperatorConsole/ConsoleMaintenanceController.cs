using Incidents.Api.Authentication;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.Components.Queries;
using Incidents.Application.Components.Queries.ListComponents;
using Incidents.Application.Maintenances.Commands.CancelMaintenance;
using Incidents.Application.Maintenances.Commands.CreateMaintenance;
using Incidents.Application.Maintenances.Commands.UpdateMaintenance;
using Incidents.Application.Maintenances.Queries;
using Incidents.Application.Maintenances.Queries.GetMaintenance;
using Incidents.Application.Maintenances.Queries.ListMaintenances;
using Incidents.Infrastructure.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Scheduled maintenance in the console: list, schedule, update (post an update, move the window,
/// start or complete early) and cancel — each the admin API's own maintenance command through the
/// mediator, under the same role policies (Read sees, Write changes).
/// </summary>
[Route("admin/{slug}/maintenance")]
public sealed class ConsoleMaintenanceController(IMediator mediator) : ConsolePageController
{
    private const string PreviewAction = "preview";
    private const int CompletedPageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> List(
        string slug,
        int? page,
        CancellationToken cancellationToken
    )
    {
        var active = await mediator.Send(
            new ListMaintenancesQuery("active", 1, 100),
            cancellationToken
        );
        var upcoming = await mediator.Send(
            new ListMaintenancesQuery("upcoming", 1, 100),
            cancellationToken
        );
        var completed = await mediator.Send(
            new ListMaintenancesQuery("completed", Math.Max(page ?? 1, 1), CompletedPageSize),
            cancellationToken
        );
        return View(
            "~/Views/Console/Maintenance/List.cshtml",
            new MaintenanceListViewModel(Access, active.Items, upcoming.Items, completed)
        );
    }

    [HttpGet("new")]
    [Authorize(Policy = ApiPolicies.Write)]
    public Task<IActionResult> Schedule(string slug, CancellationToken cancellationToken) =>
        ScheduleView(new MaintenanceScheduleForm(), null, cancellationToken);

    [HttpPost("")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Schedule(
        string slug,
        [FromForm] MaintenanceScheduleForm form,
        CancellationToken cancellationToken
    )
    {
        if (form.Action == PreviewAction)
        {
            return await ScheduleView(
                form,
                IncidentMarkdown.ToHtml(form.Description),
                cancellationToken
            );
        }

        if (ReadWindow(form.TimeZone, form.ScheduledFor, form.ScheduledUntil) is not { } window)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ScheduleView(form, null, cancellationToken);
        }

        try
        {
            var id = await mediator.Send(
                new CreateMaintenanceCommand(
                    form.Title,
                    form.Description,
                    window.For,
                    window.Until,
                    form.Components,
                    IsNotify: form.Notify
                ),
                cancellationToken
            );
            return RedirectToAction(nameof(Maintenance), new { slug, id });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ConsoleModelErrors.Add(ModelState, e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ScheduleView(form, null, cancellationToken);
        }
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Maintenance(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    ) => await MaintenanceView(id, null, null, cancellationToken);

    [HttpPost("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> PostUpdate(
        string slug,
        Guid id,
        [FromForm] MaintenanceUpdateForm form,
        CancellationToken cancellationToken
    )
    {
        if (form.Action == PreviewAction)
        {
            return await MaintenanceView(
                id,
                form,
                IncidentMarkdown.ToHtml(form.Description),
                cancellationToken
            );
        }

        if (ReadWindow(form.TimeZone, form.ScheduledFor, form.ScheduledUntil) is not { } window)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await MaintenanceView(id, form, null, cancellationToken);
        }

        try
        {
            // The form always shows the window: only a moved edge is sent, so an update to a
            // started maintenance does not restate (and trip over) its fixed start.
            var current = await mediator.Send(new GetMaintenanceQuery(id), cancellationToken);
            await mediator.Send(
                new UpdateMaintenanceCommand(
                    id,
                    form.Description,
                    string.IsNullOrWhiteSpace(form.Status) ? null : form.Status,
                    SameMinute(window.For, current.ScheduledFor) ? null : window.For,
                    SameMinute(window.Until, current.ScheduledUntil) ? null : window.Until,
                    IsNotify: form.Notify
                ),
                cancellationToken
            );
            return RedirectToAction(nameof(Maintenance), new { slug, id });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e) && e is not NotFoundException)
        {
            ConsoleModelErrors.Add(ModelState, e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await MaintenanceView(id, form, null, cancellationToken);
        }
    }

    /// <summary>The confirmation step: cancelling tells subscribers and cannot be undone.</summary>
    [HttpGet("{id:guid}/cancel")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Cancel(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        var maintenance = await mediator.Send(new GetMaintenanceQuery(id), cancellationToken);
        return CancelView(maintenance, new MaintenanceCancelForm { Notify = maintenance.IsNotify });
    }

    [HttpPost("{id:guid}/cancel")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Cancel(
        string slug,
        Guid id,
        [FromForm] MaintenanceCancelForm form,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await mediator.Send(
                new CancelMaintenanceCommand(
                    id,
                    string.IsNullOrWhiteSpace(form.Description) ? null : form.Description,
                    form.Notify
                ),
                cancellationToken
            );
            return RedirectToAction(nameof(Maintenance), new { slug, id });
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e) && e is not NotFoundException)
        {
            ConsoleModelErrors.Add(ModelState, e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var maintenance = await mediator.Send(new GetMaintenanceQuery(id), cancellationToken);
            return CancelView(maintenance, form);
        }
    }

    /// <summary>The form shows minutes: a stored time with seconds is "unchanged" when its minute is.</summary>
    private static bool SameMinute(DateTimeOffset? typed, DateTimeOffset stored) =>
        typed is { } value
        && ConsoleLocalTime.FieldValue(value) == ConsoleLocalTime.FieldValue(stored);

    /// <summary>The window in UTC, or null with the reasons in ModelState next to their fields.</summary>
    private (DateTimeOffset? For, DateTimeOffset? Until)? ReadWindow(
        string? timeZone,
        string? scheduledFor,
        string? scheduledUntil
    )
    {
        if (ConsoleLocalTime.FindZone(timeZone) is not { } zone)
        {
            ModelState.AddModelError(
                "TimeZone",
                $"TimeZone '{timeZone}' is not a known time zone."
            );
            return null;
        }

        var forRead = ConsoleLocalTime.TryToUtc(
            "ScheduledFor",
            scheduledFor,
            zone,
            out var from,
            out var forError
        );
        var untilRead = ConsoleLocalTime.TryToUtc(
            "ScheduledUntil",
            scheduledUntil,
            zone,
            out var until,
            out var untilError
        );
        if (!forRead)
        {
            ModelState.AddModelError("ScheduledFor", forError!);
        }

        if (!untilRead)
        {
            ModelState.AddModelError("ScheduledUntil", untilError!);
        }

        return forRead && untilRead ? (from, until) : null;
    }

    private async Task<IActionResult> ScheduleView(
        MaintenanceScheduleForm form,
        string? previewHtml,
        CancellationToken cancellationToken
    )
    {
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        return View(
            "~/Views/Console/Maintenance/Schedule.cshtml",
            new MaintenanceScheduleViewModel(Access, form, Choices(components), previewHtml)
        );
    }

    private async Task<IActionResult> MaintenanceView(
        Guid id,
        MaintenanceUpdateForm? form,
        string? previewHtml,
        CancellationToken cancellationToken
    )
    {
        var maintenance = await mediator.Send(new GetMaintenanceQuery(id), cancellationToken);
        var components = await mediator.Send(new ListComponentsQuery(), cancellationToken);
        form ??= new MaintenanceUpdateForm
        {
            ScheduledFor = ConsoleLocalTime.FieldValue(maintenance.ScheduledFor),
            ScheduledUntil = ConsoleLocalTime.FieldValue(maintenance.ScheduledUntil),
            Notify = maintenance.IsNotify,
        };
        return View(
            "~/Views/Console/Maintenance/Maintenance.cshtml",
            new MaintenanceViewModel(
                Access,
                maintenance,
                components.ToDictionary(c => c.Id, c => c.Name),
                form,
                previewHtml
            )
        );
    }

    private ViewResult CancelView(MaintenanceDto maintenance, MaintenanceCancelForm form) =>
        View(
            "~/Views/Console/Maintenance/Cancel.cshtml",
            new MaintenanceCancelViewModel(Access, maintenance, form)
        );

    private static List<ComponentChoice> Choices(IReadOnlyList<ComponentDto> components) =>
        [
            .. components
                .OrderBy(c => c.Group ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .ThenBy(c => c.DisplayOrder)
                .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .Select(c => new ComponentChoice(c.Id, c.Name, c.Group, c.Status)),
        ];
}
