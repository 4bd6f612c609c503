using System.Security.Claims;
using Incidents.Api.Authentication;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.ConsoleUsers.Commands.ChangeConsoleUserRole;
using Incidents.Application.ConsoleUsers.Commands.InviteConsoleUser;
using Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUser;
using Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUserAccess;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Application.ConsoleUsers.Queries.ListPageUsers;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// A page's people (Admins and owners only; Read and Write get 403): list, invite by email, change
/// a role, remove from the page, and — for owners — from the install. Every change is a
/// people-management command with its validation, rules and audit (ADR 0145).
/// </summary>
[Route("admin/{slug}/users")]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme, Policy = ApiPolicies.Admin)]
public sealed class ConsoleUsersController(
    IMediator mediator,
    ConsoleDirectory directory,
    IOptions<ConsoleOptions> options,
    IConfiguration configuration
) : ConsolePageController
{
    [HttpGet("")]
    public Task<IActionResult> Users(string slug, CancellationToken cancellationToken) =>
        UsersView(slug, new InviteForm { Role = "Write" }, null, cancellationToken);

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(
        string slug,
        [FromForm] InviteForm form,
        CancellationToken cancellationToken
    )
    {
        var origin = ConsoleLinks.Origin(options.Value, configuration);
        return await Run(
            slug,
            form,
            async () =>
            {
                var invited = await mediator.Send(
                    new InviteConsoleUserCommand(
                        slug,
                        form.Email,
                        form.Role,
                        Actor,
                        ConsoleLinks.InviteLinkBase(origin),
                        $"{origin}/admin/{slug}"
                    ),
                    cancellationToken
                );
                return invited.OneTimeLink
                    ? $"Invitation sent to {form.Email!.Trim()} (the link works once, for 24 hours)."
                    : $"{form.Email!.Trim()} now has the role {form.Role} and was told by email.";
            },
            cancellationToken
        );
    }

    [HttpPost("{userId:guid}/role")]
    public Task<IActionResult> ChangeRole(
        string slug,
        Guid userId,
        [FromForm] string? role,
        CancellationToken cancellationToken
    ) =>
        Run(
            slug,
            new InviteForm { Role = "Write" },
            async () =>
            {
                await mediator.Send(
                    new ChangeConsoleUserRoleCommand(slug, userId, role, Actor),
                    cancellationToken
                );
                return $"Role changed to {role}.";
            },
            cancellationToken
        );

    [HttpPost("{userId:guid}/remove")]
    public Task<IActionResult> RemoveAccess(
        string slug,
        Guid userId,
        CancellationToken cancellationToken
    ) =>
        Run(
            slug,
            new InviteForm { Role = "Write" },
            async () =>
            {
                await mediator.Send(
                    new RemoveConsoleUserAccessCommand(slug, userId, Actor),
                    cancellationToken
                );
                return "Access to this page removed.";
            },
            cancellationToken
        );

    [HttpPost("{userId:guid}/delete")]
    public Task<IActionResult> Delete(
        string slug,
        Guid userId,
        CancellationToken cancellationToken
    ) =>
        Run(
            slug,
            new InviteForm { Role = "Write" },
            async () =>
            {
                await mediator.Send(new RemoveConsoleUserCommand(userId, Actor), cancellationToken);
                return "User removed from the install.";
            },
            cancellationToken
        );

    private Guid ActorId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private ConsoleActor Actor =>
        ConsoleActor.User(
            ActorId,
            User.Identity?.Name ?? string.Empty,
            HttpContext.TraceIdentifier
        );

    /// <summary>Runs a change; its refusal is shown on the page (400), or is a 403 when the rules forbid it.</summary>
    private async Task<IActionResult> Run(
        string slug,
        InviteForm form,
        Func<Task<string>> change,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var message = await change();
            return await UsersView(
                slug,
                new InviteForm { Role = "Write" },
                message,
                cancellationToken
            );
        }
        catch (ConsoleAccessDeniedException)
        {
            return Forbid(ConsoleAuth.Scheme);
        }
        catch (Exception e)
            when (e is RequestValidationException or InvalidRequestException or NotFoundException)
        {
            ModelState.AddModelError(ConsoleErrorFields.FieldOf(e.Message), e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await UsersView(slug, form, null, cancellationToken);
        }
    }

    private async Task<IActionResult> UsersView(
        string slug,
        InviteForm form,
        string? message,
        CancellationToken cancellationToken
    )
    {
        var access = Access;
        var users = await mediator.Send(new ListPageUsersQuery(slug), cancellationToken);
        return View(
            "~/Views/Console/Users.cshtml",
            new UsersViewModel(
                access,
                users,
                ActorId,
                await directory.IsOwnerAsync(ActorId, cancellationToken),
                form,
                message
            )
        );
    }
}
