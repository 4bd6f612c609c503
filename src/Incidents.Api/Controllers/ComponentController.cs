using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Components;
using Incidents.Api.OpenApi;
using Incidents.Application.Components.Commands.DeleteComponent;
using Incidents.Application.Components.Queries;
using Incidents.Application.Components.Queries.GetComponent;
using Incidents.Application.Components.Queries.ListComponents;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Components of the caller's page, in the seed's style.</summary>
[ApiController]
[Route("api/admin/Component")]
[Produces("application/json")]
public sealed class ComponentController(IMediator mediator) : ControllerBase
{
    /// <summary>Create a component of the page.</summary>
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(400, "Name is required.", "A component named 'Database' already exists.")]
    public async Task<ApiResponse<Guid>> Create(
        ComponentCreateModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<Guid>.Ok(
            await mediator.Send(model.ToCommand(), cancellationToken),
            "Component created successfully"
        );

    /// <summary>Change a component; fields left out keep their values.</summary>
    [HttpPut]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(
        400,
        "ComponentId is required.",
        "Name cannot be empty.",
        "Component 3fa85f64-5717-4562-b3fc-2c963f66afa0 not found."
    )]
    public async Task<ApiMessage> Update(
        ComponentUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Component updated successfully");
    }

    /// <summary>Delete a component.</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(404, "Component 3fa85f64-5717-4562-b3fc-2c963f66afa0 not found.")]
    public async Task<ApiMessage> Delete(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteComponentCommand(id), cancellationToken);
        return new ApiMessage(true, "Component deleted successfully");
    }

    /// <summary>Get one component.</summary>
    [HttpGet("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Read)]
    [ErrorResponse(404, "Component 3fa85f64-5717-4562-b3fc-2c963f66afa0 not found.")]
    public async Task<ApiResponse<ComponentDto>> Get(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<ComponentDto>.Ok(
            await mediator.Send(new GetComponentQuery(id), cancellationToken),
            "Component retrieved successfully"
        );

    /// <summary>List the page's components in display order.</summary>
    [HttpGet]
    [Authorize(Policy = ApiPolicies.Read)]
    public async Task<ApiResponse<IReadOnlyList<ComponentDto>>> List(
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IReadOnlyList<ComponentDto>>.Ok(
            await mediator.Send(new ListComponentsQuery(), cancellationToken),
            "Components retrieved successfully"
        );
}
