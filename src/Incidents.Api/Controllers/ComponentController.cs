using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Components;
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
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiResponse<Guid>> Create(
        ComponentCreateModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<Guid>.Ok(
            await mediator.Send(model.ToCommand(), cancellationToken),
            "Component created successfully"
        );

    [HttpPut]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> Update(
        ComponentUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Component updated successfully");
    }

    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> Delete(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteComponentCommand(id), cancellationToken);
        return new ApiMessage(true, "Component deleted successfully");
    }

    [HttpGet("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Read)]
    public async Task<ApiResponse<ComponentDto>> Get(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<ComponentDto>.Ok(
            await mediator.Send(new GetComponentQuery(id), cancellationToken),
            "Component retrieved successfully"
        );

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
