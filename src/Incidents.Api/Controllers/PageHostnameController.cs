using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.Pages;
using Incidents.Application.Pages.Commands.AddPageHostname;
using Incidents.Application.Pages.Commands.RemovePageHostname;
using Incidents.Application.Pages.Queries.ListPageHostnames;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Hostnames that serve the caller's page at their root; Admin keys only.</summary>
[ApiController]
[Route("api/admin/Page/Hostname")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class PageHostnameController(IMediator mediator) : ControllerBase
{
    /// <summary>List the hostnames that serve the page at their root.</summary>
    [HttpGet]
    public async Task<ApiResponse<IReadOnlyList<string>>> List(
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IReadOnlyList<string>>.Ok(
            await mediator.Send(new ListPageHostnamesQuery(null), cancellationToken),
            "Hostnames retrieved successfully"
        );

    /// <summary>Add a hostname that serves the page at its root.</summary>
    [EndpointName("AddPageHostname")]
    [HttpPost]
    public async Task<ApiResponse<IReadOnlyList<string>>> Add(
        PageHostnameModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IReadOnlyList<string>>.Ok(
            await mediator.Send(
                new AddPageHostnameCommand(null, model.Hostname),
                cancellationToken
            ),
            "Hostname added successfully"
        );

    /// <summary>Remove one of the page's hostnames.</summary>
    [EndpointName("RemovePageHostname")]
    [HttpDelete("{hostname}")]
    public async Task<ApiResponse<IReadOnlyList<string>>> Remove(
        string hostname,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IReadOnlyList<string>>.Ok(
            await mediator.Send(new RemovePageHostnameCommand(null, hostname), cancellationToken),
            "Hostname removed successfully"
        );
}
