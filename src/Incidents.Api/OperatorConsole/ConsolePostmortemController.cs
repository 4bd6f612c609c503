using Incidents.Api.Authentication;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Commands.PublishPostmortem;
using Incidents.Application.Incidents.Commands.RevertPostmortem;
using Incidents.Application.Incidents.Commands.WritePostmortem;
using Incidents.Application.Incidents.Queries.GetIncident;
using Incidents.Application.Incidents.Queries.GetPostmortem;
using Incidents.Domain.Common;
using Incidents.Infrastructure.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// An incident's postmortem in the console: write the draft (Markdown with the page's preview),
/// publish it, take it back — the admin API's Write/Publish/RevertPostmortem commands, same roles.
/// </summary>
[Route("admin/{slug}/incidents/{id:guid}/postmortem")]
public sealed class ConsolePostmortemController(IMediator mediator) : ConsolePageController
{
    private const string PreviewAction = "preview";

    [HttpGet("")]
    public Task<IActionResult> Postmortem(
        string slug,
        Guid id,
        string? done,
        CancellationToken cancellationToken
    ) => PostmortemView(id, null, null, Notice(done), cancellationToken);

    [HttpPost("")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> Write(
        string slug,
        Guid id,
        [FromForm] PostmortemForm form,
        CancellationToken cancellationToken
    )
    {
        if (form.Action == PreviewAction)
        {
            return await PostmortemView(
                id,
                form,
                IncidentMarkdown.ToHtml(form.Body),
                null,
                cancellationToken
            );
        }

        return await SendAsync(
            new WritePostmortemCommand(id, form.Body),
            slug,
            id,
            "saved",
            form,
            cancellationToken
        );
    }

    [HttpPost("publish")]
    [Authorize(Policy = ApiPolicies.Write)]
    public Task<IActionResult> Publish(
        string slug,
        Guid id,
        [FromForm] bool notify,
        CancellationToken cancellationToken
    ) =>
        SendAsync(
            new PublishPostmortemCommand(id, notify),
            slug,
            id,
            "published",
            null,
            cancellationToken
        );

    [HttpPost("revert")]
    [Authorize(Policy = ApiPolicies.Write)]
    public Task<IActionResult> Revert(string slug, Guid id, CancellationToken cancellationToken) =>
        SendAsync(new RevertPostmortemCommand(id), slug, id, "reverted", null, cancellationToken);

    private static string? Notice(string? done) =>
        done switch
        {
            "saved" => "Draft saved.",
            "published" => "Postmortem published on the public page.",
            "reverted" => "Postmortem taken off the public page; the draft stays.",
            _ => null,
        };

    private async Task<IActionResult> SendAsync<TCommand>(
        TCommand command,
        string slug,
        Guid id,
        string done,
        PostmortemForm? form,
        CancellationToken cancellationToken
    )
        where TCommand : ICommand<Unit>
    {
        try
        {
            await mediator.Send(command, cancellationToken);
            return RedirectToAction(
                nameof(Postmortem),
                new
                {
                    slug,
                    id,
                    done,
                }
            );
        }
        catch (Exception e)
            when (e is RequestValidationException or InvalidRequestException or DomainException)
        {
            ConsoleModelErrors.Add(ModelState, e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PostmortemView(id, form, null, null, cancellationToken);
        }
    }

    private async Task<IActionResult> PostmortemView(
        Guid id,
        PostmortemForm? form,
        string? previewHtml,
        string? notice,
        CancellationToken cancellationToken
    )
    {
        var incident = await mediator.Send(new GetIncidentQuery(id), cancellationToken);
        var postmortem = await mediator.Send(new GetPostmortemQuery(id), cancellationToken);
        return View(
            "~/Views/Console/Postmortem.cshtml",
            new PostmortemViewModel(
                Access,
                incident,
                postmortem,
                form ?? new PostmortemForm { Body = postmortem.Draft },
                previewHtml,
                notice
            )
        );
    }
}
